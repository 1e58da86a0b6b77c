package vcl.experiments.spec;

/**
 * {@code vcl bench task1}: the timed task-1 sweep, validated once.
 *
 * @param alpha   loads, each in (0, 50]
 * @param beta    inverse temperature in (0, 1000]
 * @param warmup  untimed sweeps first, in [0, {@value #MAX_SWEEPS}]
 * @param repeats timed sweeps, in [1, {@value #MAX_SWEEPS}]
 * @param serial  evaluate the energetic term on one thread
 */
public record Task1BenchSpec(double[] alpha, double beta, int warmup, int repeats, boolean serial) {

    /** The most warm-up or timed sweeps. */
    public static final int MAX_SWEEPS = 10_000;

    public Task1BenchSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        SolverRanges.BETA.check("--beta", beta);
        Range.atLeast(0).check("--warmup", warmup);
        Range.atLeast(1).check("--repeats", repeats);
        if (warmup > MAX_SWEEPS) {
            throw new UserInputException("--warmup", "in [0, " + MAX_SWEEPS + "]", Integer.toString(warmup));
        }
        if (repeats > MAX_SWEEPS) {
            throw new UserInputException("--repeats", "in [1, " + MAX_SWEEPS + "]", Integer.toString(repeats));
        }
    }

    /** The loads (a copy). */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }
}
