package vcl.experiments.spec;

/**
 * {@code vcl bench task2}: the timed task-2 theory grid of figures 3a-3d, validated once.
 *
 * @param alpha1      task-1 load in (0, 50]
 * @param beta        inverse temperature in (0, 1000]
 * @param alpha2Gamma1  α2 values at γ = 1, each in (0, 50]
 * @param alpha2Gamma01 α2 values at γ = 0.1, each in (0, 50]
 * @param r0          teacher overlaps, each in [-1, 1]
 * @param threads     threads for the (γ, r0) sweeps, at least 0 (0: every processor)
 * @param warmup      untimed grids first, at least 0
 * @param transition  also time the first-order transitions
 */
public record Task2BenchSpec(double alpha1, double beta, double[] alpha2Gamma1, double[] alpha2Gamma01, double[] r0,
        int threads, int warmup, boolean transition) {

    public Task2BenchSpec {
        SolverRanges.ALPHA.check("--alpha1", alpha1);
        SolverRanges.BETA.check("--beta", beta);
        Range.atLeast(0).check("--warmup", warmup);
        Range.atLeast(0).check("--threads", threads);
        alpha2Gamma1 = SolverRanges.ALPHA.checkAll("--gamma1-alpha2", alpha2Gamma1);
        alpha2Gamma01 = SolverRanges.ALPHA.checkAll("--gamma01-alpha2", alpha2Gamma01);
        r0 = SolverRanges.R0.checkAll("--r0", r0);
    }

    /** The number of threads to use: {@link #threads}, or every processor for 0. */
    public int threadCount() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    @Override
    public double[] alpha2Gamma1() {
        return alpha2Gamma1.clone();
    }

    @Override
    public double[] alpha2Gamma01() {
        return alpha2Gamma01.clone();
    }

    @Override
    public double[] r0() {
        return r0.clone();
    }
}
