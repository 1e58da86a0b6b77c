package vcl.experiments.figures;

import java.util.List;
import vcl.experiments.io.Progress;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.RandomStreams;
import vcl.sim.run.RunResult;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Run;

/**
 * Task-1 Adam runs with per-load hyper-parameters (figures 2b and A1): decoupled weight decay as in
 * the authors' code, stopped when the test error reaches 0; every run through the figure's run
 * cache. Summarised per load as mean ± std over seeds of the final ε and p.
 */
final class PerLoadAdam {

    /** The hyper-parameters of one load. */
    record Load(double alpha, int batch, double lr, double weightDecay) {
    }

    /** Per-load means and standard deviations, in the order of the loads. */
    record Summary(double[] alphas, double[] epsMean, double[] epsStd, double[] pMean, double[] pStd, long[] runSeeds) {
    }

    private PerLoadAdam() {
    }

    static Summary run(String task, List<Load> loads, Task1Config shape, int seeds, int epochs, boolean reshuffle,
            FigureContext context) {
        long[][] runSeeds = RandomStreams.runSeeds(context.masterSeed(), seeds);
        List<RunResult> results;
        try (Progress p = context.progress().start(task, (long) loads.size() * seeds)) {
            results = new ParallelRunner(context.threads()).map(loads.size() * seeds, j -> {
                Load load = loads.get(j / seeds);
                SgdConfig training = new SgdConfig(OptimizerSpec.adam(load.lr(), new WeightDecay(load.weightDecay(), true)),
                        load.batch(), epochs, reshuffle, epochs, true);
                Task1Config cfg = new Task1Config(shape.n(), load.alpha(), shape.betaField(), training,
                        shape.entropyPrior(), null, shape.testSize());
                long seed = runSeeds[j % seeds][0];
                return Task1Run.run(cfg, seed, context.cache());
            }, p);
        }
        int m = loads.size();
        Summary s = new Summary(loads.stream().mapToDouble(Load::alpha).toArray(), new double[m], new double[m],
                new double[m], new double[m], java.util.Arrays.stream(runSeeds).mapToLong(r -> r[0]).toArray());
        for (int a = 0; a < m; a++) {
            List<RunResult> group = results.subList(a * seeds, (a + 1) * seeds);
            Stats e = Stats.of(group.stream().mapToDouble(RunResult::finalEpsG).toArray());
            Stats p = Stats.of(group.stream().mapToDouble(r -> r.last().p(1)).toArray());
            s.epsMean()[a] = e.mean();
            s.epsStd()[a] = e.std();
            s.pMean()[a] = p.mean();
            s.pStd()[a] = p.std();
        }
        return s;
    }
}
