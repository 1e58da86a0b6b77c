package vcl.experiments.cl;

import java.io.DataOutputStream;
import java.io.IOException;
import vcl.sim.images.ImageTask;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;
import vcl.sim.mlp.MlpState;
import vcl.sim.mlp.MlpTraining;
import vcl.sim.mlp.VariationalMlp;

/** The paper's method ({@code --method vcl}): the variational binary MLP and its state. */
final class VclLearner implements ContinualLearner {

    private final VariationalMlp network;
    private final MlpState state;

    private VclLearner(VariationalMlp network, MlpState state) {
        this.network = network;
        this.state = state;
    }

    /** The learners of a network of {@code shape} trained by {@code training} on {@code threads} threads. */
    static Factory factory(MlpShape shape, MlpTraining training, int threads) {
        VariationalMlp network = new VariationalMlp(shape, training, threads);
        return Factory.of(shape, network::initialState, MlpState::read, MlpState::shape,
                state -> new VclLearner(network, state));
    }

    @Override
    public EpochStats trainEpoch(ImageTask task, double beta, long seed) {
        return network.trainEpoch(state, task, beta, seed);
    }

    @Override
    public void endTask() {
        network.endTask(state);
    }

    @Override
    public double accuracy(ImageTask task, double beta, EvalMode mode, int samples, long seed) {
        return network.accuracy(state, task.test(), task.pixelOrder(), beta, mode, samples, seed);
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
