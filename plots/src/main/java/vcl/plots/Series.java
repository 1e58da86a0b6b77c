package vcl.plots;

import java.awt.Color;

/**
 * One data series of a panel. A blank name keeps the series out of the legend; a {@code null}
 * colour means "next colour of the palette".
 */
public sealed interface Series permits LineSeries, PointSeries, BandSeries, HeatMapSeries, BarSeries {

    /** Legend text in the label syntax of {@link LabelParser}; empty for no legend entry. */
    String name();

    /** Abscissae, in increasing or any order. */
    double[] x();

    /** Explicit colour, or {@code null} to take the next palette colour. */
    Color color();

    /** Smallest and largest ordinate this series draws (bands and error bars included). */
    double[] yExtent();
}
