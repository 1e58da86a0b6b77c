package vcl.plots;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Heat maps (an accuracy matrix with its values printed) and bars with error bars on a category axis. */
class HeatMapAndBarsTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final double[][] R = {{0.97, 0.10, Double.NaN}, {0.91, 0.96, 0.11}, {0.85, 0.93, 0.97}};

    private static PanelSpec heatPanel() {
        HeatMapSeries heat = HeatMapSeries.ofMatrix("accuracy", R, 0, 1, Palette.BLUE);
        return new PanelSpec("(a) R", AxisSpec.linear("evaluated task j").range(0.5, 3.5).ticks(1),
                AxisSpec.linear("after task i").range(0.5, 3.5).ticks(1), List.of(heat), List.of(), List.of(),
                LegendPosition.NONE);
    }

    private static PanelSpec barPanel() {
        BarSeries a = BarSeries.of("method A", new double[] {-0.2, 0.8}, new double[] {0.9, -0.05},
                new double[] {0.02, 0.01}, 0.35);
        BarSeries b = BarSeries.of("method B", new double[] {0.2, 1.2}, new double[] {0.6, -0.4}, null, 0.35);
        return PanelSpec.of(AxisSpec.categories("", "ACC", "BWT"), AxisSpec.linear("accuracy"), a, b);
    }

    @Test
    void cellsAreCentredOnTheMatrixIndicesAndColouredFromWhiteToTheColour() {
        HeatMapSeries heat = HeatMapSeries.ofMatrix("accuracy", R, 0, 1, Palette.BLUE);
        assertArrayEquals(new double[] {1, 2, 3, 1, 2, 3, 1, 2, 3}, heat.centreX());
        assertArrayEquals(new double[] {1, 1, 1, 2, 2, 2, 3, 3, 3}, heat.y());
        assertEquals(0.93, heat.z()[7]);
        assertEquals(Color.WHITE, heat.colorOf(0));
        assertEquals(Palette.BLUE, heat.colorOf(1));
        assertEquals(Palette.BLUE, heat.colorOf(2), "clamped above zMax");
        Color half = heat.colorOf(0.5);
        assertEquals((255 + Palette.BLUE.getRed()) / 2.0, half.getRed(), 0.51);
        assertArrayEquals(new double[] {0.5, 3.5}, heat.yExtent());
    }

    @Test
    void barsReachFromZeroAndTheirErrorBarsCountInTheExtent() {
        BarSeries b = BarSeries.of("x", new double[] {0, 1}, new double[] {0.5, -0.2}, new double[] {0.1, 0.05}, 0.4);
        assertArrayEquals(new double[] {-0.25, 0.6}, b.yExtent(), 1e-12);
        assertArrayEquals(new double[] {-0.2, 0.2, 0.8, 1.2}, b.x(), 1e-12);
        BarSeries up = BarSeries.of("y", new double[] {0}, new double[] {0.3}, null, 1);
        assertArrayEquals(new double[] {0, 0.3}, up.yExtent(), 1e-12);
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class,
                () -> BarSeries.of("x", new double[] {0}, new double[] {1}, new double[] {-1}, 0.5));
        assertThrows(IllegalArgumentException.class,
                () -> BarSeries.of("x", new double[] {0}, new double[] {1}, null, 0));
        assertThrows(IllegalArgumentException.class,
                () -> HeatMapSeries.ofMatrix("z", R, 1, 1, Palette.BLUE));
        assertThrows(IllegalArgumentException.class, () -> AxisSpec.categories("none"));
        PanelSpec twoMaps = heatPanel().plus(HeatMapSeries.ofMatrix("again", R, 0, 1, Palette.BLUE));
        assertThrows(IllegalArgumentException.class, () -> FigureExporter.toPng(FigureSpec.of(twoMaps)));
    }

    @Test
    void heatMapAndBarsRenderWithValuesCategoriesAndLegend() throws Exception {
        FigureSpec figure = FigureSpec.row(heatPanel(), barPanel());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureExporter.toPng(figure)));
        assertEquals(3200, png.getWidth());
        assertTrue(hasColour(png, HeatMapSeries.ofMatrix("", R, 0, 1, Palette.BLUE).colorOf(0.97)), "the 0.97 cell");
        String svg = new String(FigureExporter.render(figure, ExportFormat.SVG), StandardCharsets.UTF_8);
        for (String text : List.of("0.97", "0.85", "0.11", "ACC", "BWT", "method A", "method B")) {
            assertTrue(svg.contains(">" + text + "<"), "SVG shows " + text);
        }
        assertTrue(!svg.contains(">NaN<"), "an empty cell prints nothing");
        byte[] pdf = FigureExporter.toPdf(figure);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    private static boolean hasColour(BufferedImage png, Color c) {
        for (int y = 0; y < png.getHeight(); y += 5) {
            for (int x = 0; x < png.getWidth(); x += 5) {
                if ((png.getRGB(x, y) & 0xFFFFFF) == (c.getRGB() & 0xFFFFFF)) {
                    return true;
                }
            }
        }
        return false;
    }
}
