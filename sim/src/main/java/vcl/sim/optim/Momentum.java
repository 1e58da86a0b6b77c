package vcl.sim.optim;

/** Gradient descent with momentum as in the paper: {@code v ← μ v + lr·g;  h ← h − v}, v₀ = 0. */
public final class Momentum implements Optimizer {

    private final double lr;
    private final double momentum;
    private final WeightDecay decay;
    private final double[] velocity;

    public Momentum(int n, double lr, double momentum, WeightDecay decay) {
        this.lr = OptimizerSpec.checkRate(lr);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must lie in [0, 1), got " + momentum);
        }
        this.momentum = momentum;
        this.decay = decay;
        this.velocity = new double[n];
    }

    @Override
    public void step(double[] h, double[] grad) {
        decay.addL2(h, grad);
        decay.decay(h, lr);
        double[] v = velocity;
        for (int i = 0; i < h.length; i++) {
            v[i] = momentum * v[i] + lr * grad[i];
            h[i] -= v[i];
        }
    }
}
