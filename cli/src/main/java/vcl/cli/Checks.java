package vcl.cli;

import vcl.experiments.spec.Range;

/**
 * LIST checks of the {@code simulate} commands until their options become typed specs; both
 * delegate to {@link Range}, the one place that words a violation.
 */
public final class Checks {

    private Checks() {
    }

    /** Parses a LIST whose values must all be finite and > 0. */
    public static double[] positiveList(String name, String list) {
        return Range.positive(Double.POSITIVE_INFINITY).parseList(name, list);
    }

    /** Parses a LIST whose values must all lie in the closed interval [lo, hi]. */
    public static double[] listWithin(String name, String list, double lo, double hi) {
        return Range.closed(lo, hi).parseList(name, list);
    }
}
