package vcl.experiments.simulate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.run.RandomStreams;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;

/** The provenance entries the simulate commands share: the training parameters and the run seeds. */
final class SimulateProvenance {

    private SimulateProvenance() {
    }

    /**
     * The training parameters of a simulation: N, β_f and test size of {@code base}, the optimizer
     * and schedule of {@code training}, the options as given in {@code choices}.
     */
    static Map<String, Object> training(Task1Config base, SgdConfig training, int seeds, TrainingChoices choices) {
        OptimizerSpec optimizer = training.optimizer();
        Map<String, Object> spec = optimizer.parameters();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", base.n());
        p.put("seeds", seedIndices(seeds));
        p.put("optimizer", choices.optimizer());
        p.put("lr", optimizer.lr());
        p.put("momentum", spec.getOrDefault("momentum", 0.0));
        p.put("adam_betas", spec.get("adam_betas"));
        p.put("batch", training.batchSize() == 0 ? "max(ceil(P/20),10)" : training.batchSize());
        p.put("epochs", training.epochs());
        p.put("weight_decay", optimizer.weightDecay().rate());
        p.put("weight_decay_mode", optimizer.weightDecay().decoupled() ? "decoupled" : "l2");
        p.put("beta_field", base.betaField());
        p.put("record_every", choices.recordEvery());
        p.put("final_only", choices.finalOnly());
        p.put("batch_order", training.reshuffle() ? "reshuffled" : "fixed");
        p.put("early_stop", training.stopAtZeroTestError());
        p.put("test_size", base.testSize());
        p.put("initial_fields", "N(0,1)");
        p.put("examples", "P = round(alpha*N)");
        return p;
    }

    /** The seed indices 0..seeds−1 (the rows' {@code seed} column). */
    static int[] seedIndices(int seeds) {
        int[] k = new int[seeds];
        for (int i = 0; i < seeds; i++) {
            k[i] = i;
        }
        return k;
    }

    /** The mini-batch size used at each load of {@code alphas} (N of {@code base}, the rule of {@code training}). */
    static int[] batchSizes(Task1Config base, SgdConfig training, double[] alphas) {
        int[] b = new int[alphas.length];
        for (int i = 0; i < alphas.length; i++) {
            b[i] = training.batchSizeFor(base.withAlpha(alphas[i]).examples());
        }
        return b;
    }

    /** The run seeds of every seed index for task 1 ({@code task} 0) or task 2 ({@code task} 1). */
    static List<Long> runSeeds(long master, int seeds, int task) {
        return Arrays.stream(RandomStreams.runSeeds(master, seeds)).map(s -> s[task]).toList();
    }
}
