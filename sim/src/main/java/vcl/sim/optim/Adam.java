package vcl.sim.optim;

/**
 * Adam with bias correction: at step t,
 * {@code a ← β1 a + (1−β1) g;  b ← β2 b + (1−β2) g²;  h ← h − lr · â/(√b̂ + ε)} with
 * {@code â = a/(1−β1^t)}, {@code b̂ = b/(1−β2^t)}; weight decay L2 or decoupled (AdamW).
 */
public final class Adam implements Optimizer {

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final WeightDecay decay;
    private final double[] first;
    private final double[] second;
    private long steps;

    public Adam(int n, double lr, double beta1, double beta2, double epsilon, WeightDecay decay) {
        this.lr = OptimizerSpec.checkRate(lr);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must lie in [0, 1), got " + beta1 + ", " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam epsilon must be > 0, got " + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.decay = decay;
        this.first = new double[n];
        this.second = new double[n];
    }

    @Override
    public void step(double[] h, double[] grad) {
        decay.addL2(h, grad);
        decay.decay(h, lr);
        steps++;
        double c1 = 1 / (1 - Math.pow(beta1, steps));
        double c2 = 1 / (1 - Math.pow(beta2, steps));
        for (int i = 0; i < h.length; i++) {
            double g = grad[i];
            first[i] = beta1 * first[i] + (1 - beta1) * g;
            second[i] = beta2 * second[i] + (1 - beta2) * g * g;
            h[i] -= lr * (first[i] * c1) / (Math.sqrt(second[i] * c2) + epsilon);
        }
    }
}
