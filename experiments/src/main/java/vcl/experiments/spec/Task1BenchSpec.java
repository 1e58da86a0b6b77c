package vcl.experiments.spec;

/**
 * {@code vcl bench task1}: the timed task-1 sweep, validated once.
 *
 * @param alpha   loads, each in (0, 50]
 * @param beta    inverse temperature in (0, 1000]
 * @param warmup  untimed sweeps first, at least 0
 * @param repeats timed sweeps, at least 1
 * @param serial  evaluate the energetic term on one thread
 */
public record Task1BenchSpec(double[] alpha, double beta, int warmup, int repeats, boolean serial) {

    public Task1BenchSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        SolverRanges.BETA.check("--beta", beta);
        Range.atLeast(0).check("--warmup", warmup);
        Range.atLeast(1).check("--repeats", repeats);
    }

    /** The loads (a copy). */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }
}
