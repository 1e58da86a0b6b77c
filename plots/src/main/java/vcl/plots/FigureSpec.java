package vcl.plots;

import java.util.List;
import java.util.Objects;

/**
 * A whole figure: one or several panels laid out row by row in {@code columns} columns, an
 * optional title above them, and the size of one panel in points (1/72 inch). The PNG is
 * rendered at {@code pngScale} pixels per point, so the default 800×600 pt panel gives 1600×1200 px;
 * a title adds a strip of {@link #titleHeight()} (48 pt, 96 px at the default scale) above the panels, so a
 * titled one-panel figure is 1600×1296 px.
 *
 * @param title       title above all panels (label syntax), empty for none
 * @param panels      the panels, at least one
 * @param columns     panels per row, between 1 and the number of panels
 * @param panelWidth  width of one panel in points
 * @param panelHeight height of one panel in points
 * @param pngScale    pixels per point of the PNG export
 */
public record FigureSpec(String title, List<PanelSpec> panels, int columns, double panelWidth,
        double panelHeight, double pngScale) {

    public static final double DEFAULT_PANEL_WIDTH = 800;
    public static final double DEFAULT_PANEL_HEIGHT = 600;
    public static final double DEFAULT_PNG_SCALE = 2;

    public FigureSpec {
        title = title == null ? "" : title;
        panels = List.copyOf(Objects.requireNonNull(panels, "figure: panels must not be null"));
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("figure: needs at least one panel");
        }
        if (columns < 1 || columns > panels.size()) {
            throw new IllegalArgumentException("figure: columns = " + columns + " must be between 1 and "
                    + panels.size() + " (the number of panels)");
        }
        positive("panelWidth", panelWidth);
        positive("panelHeight", panelHeight);
        positive("pngScale", pngScale);
        if (panelWidth < 200 || panelHeight < 150) {
            throw new IllegalArgumentException("figure: panel size " + panelWidth + "×" + panelHeight
                    + " pt is too small for the fonts (at least 200×150)");
        }
    }

    private static void positive(String field, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("figure: " + field + " = " + v + " must be a positive number");
        }
    }

    /** A single-panel figure of the default size. */
    public static FigureSpec of(PanelSpec panel) {
        return new FigureSpec("", List.of(panel), 1, DEFAULT_PANEL_WIDTH, DEFAULT_PANEL_HEIGHT, DEFAULT_PNG_SCALE);
    }

    /** Panels side by side in one row, default panel size. */
    public static FigureSpec row(PanelSpec... panels) {
        return new FigureSpec("", List.of(panels), panels.length, DEFAULT_PANEL_WIDTH, DEFAULT_PANEL_HEIGHT,
                DEFAULT_PNG_SCALE);
    }

    /** Panels stacked in one column, default panel size. */
    public static FigureSpec column(PanelSpec... panels) {
        return new FigureSpec("", List.of(panels), 1, DEFAULT_PANEL_WIDTH, DEFAULT_PANEL_HEIGHT, DEFAULT_PNG_SCALE);
    }

    /** Panels in a grid of {@code columns} columns, filled row by row. */
    public static FigureSpec grid(int columns, PanelSpec... panels) {
        return new FigureSpec("", List.of(panels), columns, DEFAULT_PANEL_WIDTH, DEFAULT_PANEL_HEIGHT,
                DEFAULT_PNG_SCALE);
    }

    public FigureSpec withTitle(String newTitle) {
        return new FigureSpec(newTitle, panels, columns, panelWidth, panelHeight, pngScale);
    }

    public FigureSpec withPanelSize(double width, double height) {
        return new FigureSpec(title, panels, columns, width, height, pngScale);
    }

    public FigureSpec withPngScale(double scale) {
        return new FigureSpec(title, panels, columns, panelWidth, panelHeight, scale);
    }

    public int rows() {
        return (panels.size() + columns - 1) / columns;
    }

    /** Height reserved for the title, in points. */
    public double titleHeight() {
        return title.isEmpty() ? 0 : Math.max(48, panelHeight * 0.08);
    }

    /** Width of the whole figure in points. */
    public double width() {
        return columns * panelWidth;
    }

    /** Height of the whole figure in points. */
    public double height() {
        return rows() * panelHeight + titleHeight();
    }

    public int pngWidth() {
        return (int) Math.round(width() * pngScale);
    }

    public int pngHeight() {
        return (int) Math.round(height() * pngScale);
    }
}
