package vcl.sim.optim;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vcl.sim.spec.OutOfRangeException;

/**
 * The registry of optimizers by name: one line per update rule, mapping the name a command line
 * accepts to the spec built from the user's {@link OptimizerOptions}. A new optimizer is its class
 * (implementing {@link Optimizer}, with a nested spec record) and one line here.
 */
public enum OptimizerKind {

    /** Plain gradient descent, or the paper's momentum SGD when the momentum is > 0. */
    SGD("sgd", o -> o.momentum() == 0 ? new Sgd.Spec(o.lr(), o.weightDecay())
            : new Momentum.Spec(o.lr(), o.momentum(), o.weightDecay())),
    /** Adam with betas (0.9, 0.999) and ε = 1e-8. */
    ADAM("adam", o -> new Adam.Spec(o.lr(), Adam.BETA1, Adam.BETA2, Adam.EPSILON, o.weightDecay()));

    private final String cliName;
    private final Function<OptimizerOptions, OptimizerSpec> factory;

    OptimizerKind(String cliName, Function<OptimizerOptions, OptimizerSpec> factory) {
        this.cliName = cliName;
        this.factory = factory;
    }

    /** The name on the command line, e.g. {@code adam}. */
    public String cliName() {
        return cliName;
    }

    /** The spec of this kind with the user's hyper-parameters. */
    public OptimizerSpec spec(OptimizerOptions options) {
        return factory.apply(options);
    }

    /** Every registered name, in registry order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(OptimizerKind::cliName).toList();
    }

    /** The kind of a command-line name (case-insensitive). */
    public static OptimizerKind of(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT);
        for (OptimizerKind k : values()) {
            if (k.cliName.equals(key)) {
                return k;
            }
        }
        throw new OutOfRangeException("optimizer", "one of " + String.join(", ", names()), "'" + name + "'");
    }

    @Override
    public String toString() {
        return cliName;
    }
}
