package vcl.plots;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * Tick units whose labels use the typographic minus sign (−) and only as many decimals as the
 * tick spacing needs; log axes get whole-decade ticks labelled 10ⁿ.
 */
final class TickFormats {

    private TickFormats() {
    }

    /** A format with {@code decimals} fraction digits and a true minus sign. */
    static DecimalFormat format(int decimals) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('−');
        DecimalFormat f = new DecimalFormat(decimals > 0 ? "0." + "0".repeat(decimals) : "0", symbols);
        f.setGroupingUsed(false);
        return f;
    }

    /** Decimals needed to write multiples of {@code step} exactly (up to 10). */
    static int decimalsFor(double step) {
        for (int d = 0; d <= 10; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 10;
    }

    /** A tick unit of the given spacing with a matching format and one minor tick between majors. */
    static NumberTickUnit unit(double step) {
        return new NumberTickUnit(step, format(decimalsFor(step)), 2);
    }

    /** Spacings 1, 2, 2.5, 5 × 10ᵏ over a wide range of k, for automatic selection. */
    static TickUnits standardUnits() {
        TickUnits units = new TickUnits();
        for (int k = -8; k <= 9; k++) {
            double p = Math.pow(10, k);
            for (double m : new double[] {1, 2, 2.5, 5}) {
                units.add(unit(m * p));
            }
        }
        return units;
    }

    /** Whole-decade ticks every {@code decades} decades, with all minor ticks of a decade when 1. */
    static NumberTickUnit decadeUnit(int decades) {
        return new NumberTickUnit(decades, format(0), decades == 1 ? 9 : 1);
    }
}
