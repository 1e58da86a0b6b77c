package vcl.sim.optim;

/** Plain gradient descent: {@code h ← h − lr·g}. */
public final class Sgd implements Optimizer {

    private final double lr;
    private final WeightDecay decay;

    public Sgd(double lr, WeightDecay decay) {
        this.lr = OptimizerSpec.checkRate(lr);
        this.decay = decay;
    }

    @Override
    public void step(double[] h, double[] grad) {
        decay.addL2(h, grad);
        decay.decay(h, lr);
        for (int i = 0; i < h.length; i++) {
            h[i] -= lr * grad[i];
        }
    }
}
