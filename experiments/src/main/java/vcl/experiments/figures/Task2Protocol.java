package vcl.experiments.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.Progress;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.RandomStreams;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;
import vcl.sim.run.Task2Sweep;

/**
 * How the task-2 simulations of a figure are run: task 1 (load α1), then task 2 from the task-1
 * fields with γ·KL to them, a fresh optimizer at the switch. {@code description} says in words what
 * differs from the authors' protocol, for the figure's notes.
 */
record Task2Protocol(int n, int seeds, Task1Config task1, SgdConfig task2, String description) {

    /** Size of the fresh test sets (only the overlaps with the teachers are plotted). */
    static final int TEST_SIZE = 2000;

    /**
     * Figures 1b/1c: momentum SGD (0.9) lr 1e-3, batch 32, fixed order, for both tasks, recorded
     * every {@code every} epochs.
     */
    static Task2Protocol momentumSgd(int n, int seeds, double alpha1, int epochs, int every, String description) {
        SgdConfig sgd = new SgdConfig(OptimizerSpec.momentum(1e-3, 0.9), 32, epochs, false, every, false);
        return new Task2Protocol(n, seeds, new Task1Config(n, alpha1, 1.0, sgd, 0, null, TEST_SIZE), sgd, description);
    }

    /**
     * Figure 3: full-batch Adam with decoupled weight decay 1e-3; task 1 at lr1 for epochs1, task 2
     * at lr2 for epochs2.
     */
    static Task2Protocol fullBatchAdam(int n, int seeds, double alpha1, double lr1, int epochs1, double lr2,
            int epochs2, String description) {
        WeightDecay wd = new WeightDecay(1e-3, true);
        SgdConfig first = new SgdConfig(OptimizerSpec.adam(lr1, wd), Integer.MAX_VALUE, epochs1, false,
                Math.max(1, epochs1 / 10), false);
        SgdConfig second = new SgdConfig(OptimizerSpec.adam(lr2, wd), Integer.MAX_VALUE, epochs2, false,
                Math.max(1, epochs2 / 10), false);
        return new Task2Protocol(n, seeds, new Task1Config(n, alpha1, 1.0, first, 0, null, TEST_SIZE), second,
                description);
    }

    /**
     * Runs task 1 once per seed and task 2 at every (α2, r0), in (α2, r0, seed) order; every finished
     * task goes through the figure's run cache, so a stopped figure resumes.
     */
    List<Task2Sweep.Run> run(double[] alpha2s, double[] r0s, double gamma, String label, FigureContext context) {
        Task2Config template = new Task2Config(task1, alpha2s[0], r0s[0], gamma, task2);
        try (Progress p = context.progress().start(label, Task2Sweep.jobs(alpha2s, r0s, seeds))) {
            return Task2Sweep.run(template, alpha2s, r0s, seeds, context.masterSeed(),
                    new ParallelRunner(context.threads()), p, context.cache());
        }
    }

    /**
     * The protocol's parameters for the figure's JSON, with the run seeds of every seed index
     * ({@code [task 1, task 2]}, from the master seed; the same for every α2 and r0).
     */
    Map<String, Object> parameters(long masterSeed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("seeds", seeds);
        m.put("run_seeds", RandomStreams.runSeeds(masterSeed, seeds));
        m.put("alpha1", task1.alpha());
        m.put("task1_training", describe(task1.training()));
        m.put("task2_training", describe(task2));
        m.put("test_size", TEST_SIZE);
        m.put("protocol_notes", description);
        return m;
    }

    private static String describe(SgdConfig c) {
        String opt = c.optimizer().label();
        String batch = c.batchSize() == Integer.MAX_VALUE ? "full batch" : "batch " + c.batchSize();
        return opt + ", " + batch + ", " + c.epochs() + " epochs, " + (c.reshuffle() ? "reshuffled" : "fixed order")
                + ", recorded every " + c.recordEvery();
    }
}
