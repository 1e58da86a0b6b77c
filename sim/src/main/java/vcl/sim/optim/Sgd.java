package vcl.sim.optim;

import java.util.LinkedHashMap;
import java.util.Map;
import vcl.sim.spec.Ranges;

/** Plain gradient descent: {@code h ← h − lr·g}. */
public final class Sgd implements Optimizer {

    /**
     * The spec of plain gradient descent.
     *
     * @param lr          learning rate, a finite number > 0
     * @param weightDecay weight decay (null: none)
     */
    public record Spec(double lr, WeightDecay weightDecay) implements OptimizerSpec {

        public Spec {
            Ranges.positive("lr", lr);
            if (weightDecay == null) {
                weightDecay = WeightDecay.NONE;
            }
        }

        @Override
        public Optimizer create(int n) {
            return new Sgd(lr, weightDecay);
        }

        @Override
        public String label() {
            return "SGD lr " + lr + (weightDecay.rate() == 0 ? "" : ", " + weightDecay.label());
        }

        @Override
        public Map<String, Object> parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("optimizer", "sgd");
            m.put("lr", lr);
            m.put("weight_decay", weightDecay.rate());
            m.put("weight_decay_decoupled", weightDecay.decoupled());
            return m;
        }
    }

    private final double lr;
    private final WeightDecay decay;

    /** Built by {@link Spec#create}, which has validated the hyper-parameters. */
    Sgd(double lr, WeightDecay decay) {
        this.lr = lr;
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
