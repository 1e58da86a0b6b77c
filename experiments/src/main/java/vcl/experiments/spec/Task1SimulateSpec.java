package vcl.experiments.spec;

/**
 * The grid of {@code vcl simulate task1} (and of {@code vcl bench sgd}), validated once: the
 * training settings of one run are checked by the simulation's own specs.
 *
 * @param alpha loads α = P/N, each a finite number &gt; 0
 * @param seeds independent runs per load, at least 1
 */
public record Task1SimulateSpec(double[] alpha, int seeds) {

    public Task1SimulateSpec {
        alpha = Range.positive(Double.POSITIVE_INFINITY).checkAll("--alpha", alpha);
        seeds = SimulateSpecs.count("--seeds", seeds);
    }

    /** Parses the LIST of loads. */
    public static Task1SimulateSpec of(String alphaList, int seeds) {
        return new Task1SimulateSpec(ValueList.parse("--alpha", alphaList), seeds);
    }

    /** The loads (a copy). */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }
}
