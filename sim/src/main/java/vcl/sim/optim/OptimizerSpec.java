package vcl.sim.optim;

import java.util.Locale;

/**
 * A validated description of an optimizer, from which each run builds its own instance.
 *
 * @param kind        "sgd" (momentum 0 gives {@link Sgd}, otherwise {@link Momentum}) or "adam"
 * @param lr          learning rate, > 0
 * @param momentum    SGD momentum in [0, 1) (ignored by Adam)
 * @param beta1       Adam first-moment decay in [0, 1)
 * @param beta2       Adam second-moment decay in [0, 1)
 * @param epsilon     Adam denominator offset, > 0
 * @param weightDecay weight decay (L2 or decoupled)
 */
public record OptimizerSpec(String kind, double lr, double momentum, double beta1, double beta2,
                            double epsilon, WeightDecay weightDecay) {

    public OptimizerSpec {
        kind = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (!kind.equals("sgd") && !kind.equals("adam")) {
            throw new IllegalArgumentException("optimizer must be one of sgd, adam; got '" + kind + "'");
        }
        checkRate(lr);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must lie in [0, 1), got " + momentum);
        }
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam betas must lie in [0, 1), got " + beta1 + ", " + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam epsilon must be > 0, got " + epsilon);
        }
        if (weightDecay == null) {
            weightDecay = WeightDecay.NONE;
        }
    }

    /** SGD with momentum (the paper's perceptron optimizer), no weight decay. */
    public static OptimizerSpec momentum(double lr, double momentum) {
        return new OptimizerSpec("sgd", lr, momentum, 0.9, 0.999, 1e-8, WeightDecay.NONE);
    }

    /** Adam with the usual betas (0.9, 0.999), ε = 1e-8, and the given weight decay. */
    public static OptimizerSpec adam(double lr, WeightDecay decay) {
        return new OptimizerSpec("adam", lr, 0, 0.9, 0.999, 1e-8, decay);
    }

    /** A fresh optimizer for n fields. */
    public Optimizer create(int n) {
        if (kind.equals("adam")) {
            return new Adam(n, lr, beta1, beta2, epsilon, weightDecay);
        }
        return momentum == 0 ? new Sgd(lr, weightDecay) : new Momentum(n, lr, momentum, weightDecay);
    }

    static double checkRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("lr must be > 0 and finite, got " + lr);
        }
        return lr;
    }
}
