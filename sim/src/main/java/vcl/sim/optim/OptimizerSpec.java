package vcl.sim.optim;

import java.util.Map;

/**
 * A validated description of an optimizer, from which each run builds its own instance. Every
 * update rule has one spec record (nested in its class, e.g. {@link Adam.Spec}) carrying its
 * hyper-parameters; {@link OptimizerKind} is the registry of the names a command line accepts.
 */
public interface OptimizerSpec {

    /** A fresh optimizer for n parameters. */
    Optimizer create(int n);

    /** The learning rate. */
    double lr();

    /** The weight decay. */
    WeightDecay weightDecay();

    /** A human-readable description, e.g. "SGD momentum 0.9 lr 0.001". */
    String label();

    /** The hyper-parameters as provenance entries (name → value), in a fixed order. */
    Map<String, Object> parameters();

    /**
     * SGD with momentum (the paper's perceptron optimizer), no weight decay; momentum 0 is plain SGD
     * (the registry's {@link OptimizerKind#SGD}).
     */
    static OptimizerSpec momentum(double lr, double momentum) {
        return OptimizerKind.SGD.spec(new OptimizerOptions(lr, momentum, WeightDecay.NONE));
    }

    /** Adam with the usual betas (0.9, 0.999), ε = 1e-8, and the given weight decay ({@link OptimizerKind#ADAM}). */
    static OptimizerSpec adam(double lr, WeightDecay decay) {
        return OptimizerKind.ADAM.spec(new OptimizerOptions(lr, 0, decay));
    }
}
