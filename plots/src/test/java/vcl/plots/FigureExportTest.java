package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FigureExportTest {

    @Test
    void twoPanelFigureRendersHeadlessToAllFormats() throws Exception {
        FigureSpec figure = ExampleFigures.twoPanels();

        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureExporter.render(figure, ExportFormat.PNG)));
        assertEquals(3200, png.getWidth());
        assertEquals(1200, png.getHeight());

        Document svg = parse(FigureExporter.render(figure, ExportFormat.SVG));
        String text = allText(svg.getElementsByTagName("text"));
        assertTrue(text.contains("SGD, N = 1000"), text);
        assertTrue(text.contains("theory p"), text);
        assertTrue(text.contains("(a)") && text.contains("(b)"), text);
        assertTrue(svg.getElementsByTagName("path").getLength() > 10);

        byte[] pdf = FigureExporter.render(figure, ExportFormat.PDF);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void defaultSinglePanelPngIsAtLeast1600By1200() throws Exception {
        FigureSpec figure = FigureSpec.of(ExampleFigures.errorVsAlpha());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureExporter.toPng(figure)));
        assertEquals(1600, png.getWidth());
        assertEquals(1200, png.getHeight());
        assertTrue(distinctColours(png) > 20, "the image is not blank");
    }

    @Test
    void stackedPanelsAndTitleGiveTheExpectedSize() {
        FigureSpec figure = FigureSpec.column(ExampleFigures.errorVsAlpha(), ExampleFigures.forgettingVsAlpha2())
                .withTitle("quick preset").withPngScale(1);
        BufferedImage png = FigureExporter.toImage(figure);
        assertEquals(800, png.getWidth());
        assertEquals((int) Math.round(1200 + figure.titleHeight()), png.getHeight());
    }

    @Test
    void svgBytesAreAnSvgDocumentInUtf8() {
        String svg = new String(FigureExporter.render(FigureSpec.of(ExampleFigures.errorVsAlpha()), ExportFormat.SVG),
                StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<svg") && svg.contains("α"), svg.substring(0, 200));
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String allText(NodeList nodes) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            parts.add(nodes.item(i).getTextContent());
        }
        return String.join("|", parts);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
