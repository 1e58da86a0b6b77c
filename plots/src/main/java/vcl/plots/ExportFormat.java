package vcl.plots;

/** File formats of {@link FigureExporter}. */
public enum ExportFormat {
    PNG("png"), SVG("svg"), PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }
}
