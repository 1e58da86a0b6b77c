package vcl.sim.optim;

import vcl.sim.spec.Ranges;

/**
 * Weight decay on the fields: either an L2 term {@code (rate/2)·|h|²} added to the objective (its
 * gradient {@code rate·h} goes through the optimizer), or decoupled decay
 * {@code h ← h (1 − lr·rate)} applied before the optimizer's own update (as in AdamW).
 *
 * @param rate  decay coefficient, ≥ 0
 * @param decoupled true for decoupled decay, false for L2
 */
public record WeightDecay(double rate, boolean decoupled) {

    /** No decay. */
    public static final WeightDecay NONE = new WeightDecay(0, true);

    public WeightDecay {
        Ranges.nonNegative("weight-decay", rate);
    }

    /** In words, for labels: "decoupled weight decay 0.001" or "L2 weight decay 0.001". */
    public String label() {
        return (decoupled ? "decoupled" : "L2") + " weight decay " + rate;
    }

    /** Applies the L2 part: {@code grad += rate·h} (no-op when decoupled). */
    void addL2(double[] h, double[] grad) {
        if (!decoupled && rate != 0) {
            for (int i = 0; i < h.length; i++) {
                grad[i] += rate * h[i];
            }
        }
    }

    /** Applies the decoupled part: {@code h *= 1 − lr·rate} (no-op for L2). */
    void decay(double[] h, double lr) {
        if (decoupled && rate != 0) {
            double f = 1 - lr * rate;
            for (int i = 0; i < h.length; i++) {
                h[i] *= f;
            }
        }
    }
}
