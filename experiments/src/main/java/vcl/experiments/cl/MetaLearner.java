package vcl.experiments.cl;

import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.experiments.spec.UserInputException;
import vcl.sim.bnn.BinarizedMlp;
import vcl.sim.bnn.BnnSettings;
import vcl.sim.bnn.BnnState;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;

/**
 * The metaplasticity baseline ({@code --method meta}) and the plain binarized network
 * ({@code --method bnn}, m = 0): a {@link BinarizedMlp} and its state. The network is deterministic
 * in evaluation mode, so every {@link EvalMode} gives the same accuracy (computed once per task and
 * state); the harness's β is ignored.
 */
final class MetaLearner implements ContinualLearner {

    private final BinarizedMlp network;
    private final BnnState state;
    /** Accuracy per task name of the current state (emptied by every change of the state). */
    private final Map<String, Double> cache = new HashMap<>();

    private MetaLearner(BinarizedMlp network, BnnState state) {
        this.network = network;
        this.state = state;
    }

    /** The training of {@code spec}'s run: its lr and batches, the authors' other values, m of meta (0 for bnn). */
    static BnnSettings settings(ClRunSpec spec) {
        if (spec.batch() < 2) {
            throw new UserInputException("--batch", "an integer >= 2 for --method " + spec.method().id()
                    + " (batch normalisation)", Integer.toString(spec.batch()));
        }
        double m = spec.method() == ClMethod.META ? spec.baselines().metaM() : 0;
        return BnnSettings.PAPER.withLearningRate(spec.lr()).withBatches(spec.batch(), spec.batchesPerEpoch())
                .withMetaM(m);
    }

    /**
     * The method's own entries of the provenance (replacing the variational method's where the key
     * is shared: initial fields, Adam's betas and epsilon; the β schedule and the KL prior are unused).
     */
    static Map<String, Object> parameters(BnnSettings s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("initial_fields", "hidden weights U(-" + s.initRadius() + ", " + s.initRadius() + ")");
        p.put("optimizer", s.metaM() > 0 ? "adam_meta" : "adam");
        p.put("adam_betas", List.of(s.beta1(), s.beta2()));
        p.put("adam_epsilon", s.epsilon());
        p.put("kl_weight", "unused");
        p.put("anchor", "unused");
        p.put("beta_schedule", "unused (recorded in the rows only)");
        p.put("meta_m", s.metaM());
        p.put("meta_f", "1 - tanh^2(m |W_h|) on Adam steps that decrease |W_h| (hidden weights only)");
        p.put("binary_weights", "sign(W_h), straight-through gradient");
        p.put("activations", "sign in hidden layers, gradient passed where |x| <= 1; input pixels not binarised");
        p.put("batch_norm", "after every layer, learnable scale and shift, momentum " + s.bnMomentum() + ", eps "
                + s.bnEpsilon() + ", running statistics " + s.statistics().id());
        p.put("optimizer_reset", "every task boundary");
        p.put("loss", "softmax cross-entropy, mean over the batch");
        p.put("eval", "evaluation mode (binary weights, running statistics); every eval mode is the same");
        return p;
    }

    /** The learners of a binarized network of {@code shape} trained with {@code settings} on {@code threads} threads. */
    static Factory factory(MlpShape shape, BnnSettings settings, int threads) {
        BinarizedMlp network = new BinarizedMlp(shape, settings, threads);
        return Factory.of(shape, network::initialState, BnnState::read, BnnState::shape,
                state -> new MetaLearner(network, state));
    }

    @Override
    public EpochStats trainEpoch(ImageTask task, double beta, long seed) {
        cache.clear();
        return network.trainEpoch(state, task, seed);
    }

    @Override
    public void endTask() {
        cache.clear();
        network.endTask(state);
    }

    @Override
    public double accuracy(ImageTask task, double beta, EvalMode mode, int samples, long seed) {
        return cache.computeIfAbsent(task.name(), k -> network.accuracy(state, task));
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
