package vcl.sim.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import vcl.sim.spec.Ranges;

/** Gradient descent with momentum as in the paper: {@code v ← μ v + lr·g;  h ← h − v}, v₀ = 0. */
public final class Momentum implements Optimizer {

    /**
     * The spec of momentum SGD.
     *
     * @param lr          learning rate, a finite number > 0
     * @param momentum    μ in [0, 1)
     * @param weightDecay weight decay (null: none)
     */
    public record Spec(double lr, double momentum, WeightDecay weightDecay) implements OptimizerSpec {

        public Spec {
            Ranges.positive("lr", lr);
            Ranges.unitInterval("momentum", momentum);
            if (weightDecay == null) {
                weightDecay = WeightDecay.NONE;
            }
        }

        @Override
        public Optimizer create(int n) {
            return new Momentum(n, lr, momentum, weightDecay);
        }

        @Override
        public String label() {
            return "SGD momentum " + momentum + " lr " + lr + (weightDecay.rate() == 0 ? "" : ", " + weightDecay.label());
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("optimizer", "sgd");
            m.put("lr", lr);
            m.put("momentum", momentum);
            m.put("weight_decay", weightDecay.rate());
            m.put("weight_decay_decoupled", weightDecay.decoupled());
            return m;
        }
    }

    private final double lr;
    private final double momentum;
    private final WeightDecay decay;
    private final double[] velocity;

    /** Built by {@link Spec#create}, which has validated the hyper-parameters. */
    Momentum(int n, double lr, double momentum, WeightDecay decay) {
        this.lr = lr;
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
