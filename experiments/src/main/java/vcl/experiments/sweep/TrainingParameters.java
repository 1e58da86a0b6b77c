package vcl.experiments.sweep;

import java.util.List;
import java.util.function.Supplier;
import vcl.experiments.simulate.TrainingChoices;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.UserInputException;
import vcl.sim.optim.OptimizerKind;
import vcl.sim.optim.OptimizerOptions;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.SgdConfig;
import vcl.sim.spec.OutOfRangeException;

/**
 * The training and seeding parameters the {@code simulate} commands share, with the commands'
 * defaults, turned into sim's typed specs. A simulation in a sweep runs on one thread
 * ({@code threads}, default 1): the sweep runs its tasks in parallel, and no number depends on it.
 */
final class TrainingParameters {

    static final List<Parameter> SHARED = List.of(
            Parameter.required("n", ParameterKind.INTEGER),
            Parameter.required("seeds", ParameterKind.INTEGER),
            Parameter.optional("optimizer", ParameterKind.TEXT, "sgd"),
            Parameter.optional("lr", ParameterKind.REAL, 0.03),
            Parameter.optional("batch", ParameterKind.INTEGER, 0L),
            Parameter.optional("epochs", ParameterKind.INTEGER, 500L),
            Parameter.optional("momentum", ParameterKind.REAL, 0.9),
            Parameter.optional("weight-decay", ParameterKind.REAL, 0.0),
            Parameter.optional("weight-decay-mode", ParameterKind.TEXT, "decoupled"),
            Parameter.optional("beta-field", ParameterKind.REAL, 1.0),
            Parameter.optional("record-every", ParameterKind.INTEGER, 10L),
            Parameter.optional("final-only", ParameterKind.SWITCH, false),
            Parameter.optional("shuffle", ParameterKind.SWITCH, false),
            Parameter.optional("early-stop", ParameterKind.SWITCH, false),
            Parameter.optional("test-size", ParameterKind.INTEGER, 10_000L),
            Parameter.optional("seed", ParameterKind.INTEGER, 1L),
            Parameter.optional("threads", ParameterKind.INTEGER, 1L));

    private TrainingParameters() {
    }

    /** The training schedule at {@code epochs} and learning rate {@code lr}. */
    static SgdConfig training(PointValues p, long epochs, double lr) {
        boolean finalOnly = p.flag("final-only");
        int epochCount = whole("epochs", epochs);
        return userInput(() -> new SgdConfig(optimizer(p, lr), whole("batch", p.integer("batch")), epochCount,
                p.flag("shuffle"), finalOnly ? epochCount : whole("record-every", p.integer("record-every")),
                p.flag("early-stop")));
    }

    static TrainingChoices choices(PointValues p) {
        return new TrainingChoices(p.text("optimizer"), whole("record-every", p.integer("record-every")),
                p.flag("final-only"));
    }

    static RunSettings run(PointValues p) {
        return new RunSettings(p.integer("seed"), whole("threads", p.integer("threads")));
    }

    static int whole(String name, long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new UserInputException(name, "a whole number below 2^31", Long.toString(value));
        }
        return (int) value;
    }

    /** Builds sim's specs, a value out of sim's ranges becoming the user's error about that parameter. */
    static <T> T userInput(Supplier<T> build) {
        try {
            return build.get();
        } catch (OutOfRangeException e) {
            throw new UserInputException(e.parameter(), e.allowed(), e.given());
        }
    }

    private static OptimizerSpec optimizer(PointValues p, double lr) {
        String mode = p.text("weight-decay-mode");
        if (!mode.equals("decoupled") && !mode.equals("l2")) {
            throw new UserInputException("weight-decay-mode", "decoupled or l2", "'" + mode + "'");
        }
        WeightDecay decay = new WeightDecay(p.real("weight-decay"), mode.equals("decoupled"));
        return OptimizerKind.of(p.text("optimizer")).spec(new OptimizerOptions(lr, p.real("momentum"), decay));
    }
}
