package vcl.plots;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders figures headless to PNG (at {@link FigureSpec#pngScale()} pixels per point), SVG and
 * PDF, as images, text or bytes; writing files is left to the caller. Unless the JVM was started with an explicit
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
     * outlines, since the PDF base fonts have no Greek letters (so the page's text is not searchable;
     * the SVG's is); the document title keeps every letter ({@link #pdfTextString}).
     */
    public static byte[] toPdf(FigureSpec figure) {
        PDFDocument document = new PDFDocument();
        document.setTitle(pdfTextString(figure.title().isEmpty() ? "figure" : LabelParser.toPlainText(figure.title())));
        Page page = document.createPage(new Rectangle2D.Double(0, 0, figure.width(), figure.height()));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        FigureRenderer.draw(figure, g);
        return document.getPDFBytes();
    }

    /** The figure as PNG bytes ({@link #toImage}). */
    public static byte[] toPng(FigureSpec figure) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(toImage(figure), "png", bytes)) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode PNG: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** The figure's file content in the given format (SVG as UTF-8 text). */
    public static byte[] render(FigureSpec figure, ExportFormat format) {
        return switch (format) {
            case PNG -> toPng(figure);
            case SVG -> toSvg(figure).getBytes(StandardCharsets.UTF_8);
            case PDF -> toPdf(figure);
        };
    }

    /**
     * The body of a PDF literal string holding {@code text} as a PDF text string: the UTF-16BE byte
     * order mark and code units, every byte written as an octal escape, so the string is plain ASCII
     * (the PDF library writes the document title as ASCII) and keeps Greek letters.
     */
    static String pdfTextString(String text) {
        StringBuilder out = new StringBuilder("\\376\\377");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            out.append(String.format("\\%03o", b & 0xff));
        }
        return out.toString();
    }
}
