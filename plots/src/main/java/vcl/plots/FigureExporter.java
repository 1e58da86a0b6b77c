package vcl.plots;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Exports figures headless to PNG (at {@link FigureSpec#pngScale()} pixels per point), SVG and
 * PDF. Each file is written atomically. Unless the JVM was started with an explicit
 * {@code java.awt.headless} setting, loading this class selects headless mode.
 */
public final class FigureExporter {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureExporter() {
    }

    /** The figure as a PNG image of {@code pngWidth() × pngHeight()} pixels. */
    public static BufferedImage toImage(FigureSpec figure) {
        BufferedImage image = new BufferedImage(figure.pngWidth(), figure.pngHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(figure.pngScale(), figure.pngScale());
            FigureRenderer.draw(figure, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The figure as an SVG document; text stays text, so the legend and labels are searchable. */
    public static String toSvg(FigureSpec figure) {
        SVGGraphics2D g = new SVGGraphics2D(figure.width(), figure.height());
        FigureRenderer.draw(figure, g);
        return g.getSVGDocument();
    }

    /**
     * The figure as a one-page PDF whose page is the figure size in points. Text is drawn as
     * outlines, since the PDF base fonts have no Greek letters.
     */
    public static byte[] toPdf(FigureSpec figure) {
        PDFDocument document = new PDFDocument();
        document.setTitle(figure.title().isEmpty() ? "figure" : LabelParser.toPlainText(figure.title()));
        Page page = document.createPage(new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        FigureRenderer.draw(figure, g);
        return document.getPDFBytes();
    }

    public static void writePng(FigureSpec figure, Path file) throws IOException {
        BufferedImage image = toImage(figure);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    public static void writeSvg(FigureSpec figure, Path file) throws IOException {
        AtomicFiles.write(file, toSvg(figure).getBytes(StandardCharsets.UTF_8));
    }

    public static void writePdf(FigureSpec figure, Path file) throws IOException {
        AtomicFiles.write(file, toPdf(figure));
    }

    /** Writes {@code folder/baseName.ext} in the given formats and returns the files written. */
    public static List<Path> write(FigureSpec figure, Path folder, String baseName, Set<ExportFormat> formats)
            throws IOException {
        if (baseName == null || baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("base name '" + baseName + "' must be a plain, non-empty file name");
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no export format given");
        }
        List<Path> written = new ArrayList<>();
        for (ExportFormat format : EnumSet.copyOf(formats)) {
            Path file = folder.resolve(baseName + "." + format.extension());
            switch (format) {
                case PNG -> writePng(figure, file);
                case SVG -> writeSvg(figure, file);
                case PDF -> writePdf(figure, file);
            }
            written.add(file);
        }
        return written;
    }

    /** Writes {@code folder/baseName.png}, {@code .svg} and {@code .pdf}. */
    public static List<Path> writeAll(FigureSpec figure, Path folder, String baseName) throws IOException {
        return write(figure, folder, baseName, EnumSet.allOf(ExportFormat.class));
    }
}
