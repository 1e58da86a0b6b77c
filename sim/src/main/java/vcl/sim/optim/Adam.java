package vcl.sim.optim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.sim.spec.Ranges;

/**
 * Adam with bias correction: at step t,
 * {@code a ← β1 a + (1−β1) g;  b ← β2 b + (1−β2) g²;  h ← h − lr · â/(√b̂ + ε)} with
 * {@code â = a/(1−β1^t)}, {@code b̂ = b/(1−β2^t)}; weight decay L2 or decoupled (AdamW).
 */
public final class Adam implements Optimizer {

    /** The usual first-moment decay. */
    public static final double BETA1 = 0.9;
    /** The usual second-moment decay. */
    public static final double BETA2 = 0.999;
    /** The usual denominator offset. */
    public static final double EPSILON = 1e-8;

    /**
     * The spec of Adam.
     *
     * @param lr          learning rate, a finite number > 0
     * @param beta1       first-moment decay in [0, 1)
     * @param beta2       second-moment decay in [0, 1)
     * @param epsilon     denominator offset, a finite number > 0
     * @param weightDecay weight decay (null: none)
     */
    public record Spec(double lr, double beta1, double beta2, double epsilon, WeightDecay weightDecay)
            implements OptimizerSpec {

        public Spec {
            Ranges.positive("lr", lr);
            Ranges.unitInterval("adam-beta1", beta1);
            Ranges.unitInterval("adam-beta2", beta2);
            Ranges.positive("adam-epsilon", epsilon);
            if (weightDecay == null) {
                weightDecay = WeightDecay.NONE;
            }
        }

        @Override
        public Optimizer create(int n) {
            return new Adam(n, lr, beta1, beta2, epsilon, weightDecay);
        }

        @Override
        public String label() {
            return "Adam (" + beta1 + ", " + beta2 + ") lr " + lr + ", " + weightDecay.label();
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("optimizer", "adam");
            m.put("lr", lr);
            m.put("adam_betas", List.of(beta1, beta2));
            m.put("adam_epsilon", epsilon);
            m.put("weight_decay", weightDecay.rate());
            m.put("weight_decay_decoupled", weightDecay.decoupled());
            return m;
        }
    }

    private final double lr;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final WeightDecay decay;
    private final double[] first;
    private final double[] second;
    private long steps;

    /** Built by {@link Spec#create}, which has validated the hyper-parameters. */
    Adam(int n, double lr, double beta1, double beta2, double epsilon, WeightDecay decay) {
        this.lr = lr;
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
