package vcl.experiments.cl;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.ewc.EwcMlp;
import vcl.sim.ewc.EwcSettings;
import vcl.sim.ewc.EwcState;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;
import vcl.sim.mlp.MlpTraining;

/**
 * Elastic weight consolidation ({@code --method ewc}): the real-valued network of
 * {@link EwcMlp}, consolidated with the diagonal Fisher of each task when it ends. The network is
 * deterministic: β is ignored, and every evaluation mode is the same network (computed once per
 * task and state, reported under every mode asked for).
 */
final class EwcLearner implements ContinualLearner {

    private final EwcMlp network;
    private final EwcState state;
    /** The task of the latest training epoch: the one {@link #endTask} consolidates. */
    private ImageTask current;
    /** Accuracies of the current state, per task. */
    private final Map<ImageTask, Double> accuracies = new IdentityHashMap<>();

    private EwcLearner(EwcMlp network, EwcState state) {
        this.network = network;
        this.state = state;
    }

    /** The learners of a network of {@code shape} with {@code training}'s Adam and batching. */
    static Factory factory(MlpShape shape, MlpTraining training, BaselineSettings baselines, int threads) {
        EwcMlp network = new EwcMlp(shape, training, EwcSettings.of(baselines.ewcLambda()), threads);
        return Factory.of(shape, network::initialState, EwcState::read, EwcState::shape,
                state -> new EwcLearner(network, state));
    }

    /** The method's own parameters for the provenance (replacing the variational ones that do not apply). */
    static Map<String, Object> parameters(ClRunSpec spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("initial_fields", "none: real weights, He normal N(0, 2/fan_in)");
        p.put("kl_weight", null);
        p.put("anchor", null);
        p.put("beta_schedule", "ignored (deterministic real-valued network)");
        p.put("eval_modes_note", "every mode evaluates the same deterministic network");
        p.put("biases", "none");
        p.put("loss", "mean softmax cross-entropy of the batch + (lambda/2) sum_i F_i (w_i - w*_i)^2");
        p.put("adam_reset", "never");
        p.put("ewc_lambda", spec.baselines().ewcLambda());
        p.put("fisher", "diagonal empirical Fisher: mean squared gradient of log p(true label) over evenly spaced"
                + " training images of the finished task");
        p.put("fisher_samples", EwcSettings.DEFAULT_FISHER_SAMPLES);
        p.put("consolidation", "running sum of the tasks' Fishers, anchor w* = weights at the end of the latest task");
        return p;
    }

    @Override
    public EpochStats trainEpoch(ImageTask task, double beta, long seed) {
        current = task;
        accuracies.clear();
        return network.trainEpoch(state, task, seed);
    }

    @Override
    public void endTask() {
        if (current == null) {
            throw new IllegalStateException("a task ends before any training epoch");
        }
        network.consolidate(state, current);
        accuracies.clear();
    }

    @Override
    public double accuracy(ImageTask task, double beta, EvalMode mode, int samples, long seed) {
        return accuracies.computeIfAbsent(task, t -> network.accuracy(state, t.test(), t.pixelOrder()));
    }

    @Override
    public boolean finite() {
        return state.finite();
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        state.write(out);
    }
}
