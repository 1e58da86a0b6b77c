package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class FigureExportTest {

    @TempDir
    Path dir;

    @Test
    void twoPanelFigureRendersHeadlessToAllFormats() throws Exception {
        List<Path> files = FigureExporter.writeAll(ExampleFigures.twoPanels(), dir, "fig");
        assertEquals(3, files.size());

        BufferedImage png = ImageIO.read(dir.resolve("fig.png").toFile());
        assertEquals(3200, png.getWidth());
        assertEquals(1200, png.getHeight());

        Document svg = parse(dir.resolve("fig.svg"));
        String text = allText(svg.getElementsByTagName("text"));
        assertTrue(text.contains("SGD, N = 1000"), text);
        assertTrue(text.contains("theory p"), text);
        assertTrue(text.contains("(a)") && text.contains("(b)"), text);
        assertTrue(svg.getElementsByTagName("path").getLength() > 10);

        byte[] pdf = Files.readAllBytes(dir.resolve("fig.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void defaultSinglePanelPngIsAtLeast1600By1200() throws Exception {
        FigureSpec figure = FigureSpec.of(ExampleFigures.errorVsAlpha());
        FigureExporter.writePng(figure, dir.resolve("one.png"));
        BufferedImage png = ImageIO.read(dir.resolve("one.png").toFile());
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
    void atomicWritesLeaveNoTemporaryFilesAndReplaceOldContent() throws Exception {
        Path target = dir.resolve("sub").resolve("fig.svg");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "old");
        FigureExporter.writeSvg(FigureSpec.of(ExampleFigures.errorVsAlpha()), target);
        FigureExporter.writeAll(FigureSpec.of(ExampleFigures.errorVsAlpha()), target.getParent(), "fig");
        assertTrue(Files.readString(target).contains("<svg"));
        Set<String> names = new TreeSet<>();
        try (Stream<Path> listing = Files.list(target.getParent())) {
            listing.forEach(p -> names.add(p.getFileName().toString()));
        }
        assertEquals(Set.of("fig.png", "fig.svg", "fig.pdf"), names);
    }

    @Test
    void failedWriteKeepsTheOldFileAndCleansUp() throws Exception {
        Path target = dir.resolve("data.txt");
        Files.writeString(target, "old");
        try {
            AtomicFiles.write(target, out -> {
                out.write(1);
                throw new java.io.IOException("disk full");
            });
        } catch (java.io.IOException expected) {
            assertEquals("disk full", expected.getMessage());
        }
        assertEquals("old", Files.readString(target));
        try (Stream<Path> listing = Files.list(dir)) {
            assertEquals(1, listing.count());
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(file)));
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
