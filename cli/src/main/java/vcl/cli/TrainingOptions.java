package vcl.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.simulate.SimulateTable;
import vcl.experiments.simulate.TrainingChoices;
import vcl.experiments.spec.UserInputException;
import vcl.sim.optim.OptimizerKind;
import vcl.sim.optim.OptimizerOptions;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.SgdConfig;
import vcl.sim.spec.OutOfRangeException;
import vcl.sim.spec.Ranges;

/**
 * Training, seeding and output options shared by {@code simulate task1} and {@code simulate task2}.
 * Values are checked by the typed specs they build (learner, optimizer, schedule); a value out of
 * range becomes a {@link UserInputException} naming the option.
 */
final class TrainingOptions {

    /** The optimizer names of the registry, for the help text. */
    static final class OptimizerNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return OptimizerKind.names().iterator();
        }
    }

    @Option(names = "--n", required = true, description = "Number of weights N (>= 1).")
    int n;

    @Option(names = "--seeds", required = true, description = "Independent runs per point (1 to 1000000).")
    int seeds;

    @Option(names = "--optimizer", defaultValue = "sgd", completionCandidates = OptimizerNames.class,
            description = "Optimizer: one of ${COMPLETION-CANDIDATES}; sgd uses --momentum (default ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.03", description = "Learning rate (> 0, default ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--batch", defaultValue = "0", description = "Mini-batch size (>= P: full batch); 0: max(⌈P/20⌉, 10) (default).")
    int batch;

    @Option(names = "--epochs", defaultValue = "500", description = "Epochs (>= 1, default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--momentum", description = "SGD momentum in [0, 1) (default 0.9); --optimizer sgd only.")
    Double momentum;

    @Option(names = "--weight-decay", defaultValue = "0", description = "Weight decay on the fields (>= 0, default 0).")
    double weightDecay;

    @Option(names = "--weight-decay-mode", defaultValue = "decoupled", description = "Weight decay: decoupled or l2 (default ${DEFAULT-VALUE}).")
    String weightDecayMode;

    @Option(names = "--beta-field", defaultValue = "1", description = "Field inverse temperature β_f (> 0, default 1).")
    double betaField;

    @Option(names = "--record-every", defaultValue = "10", description = "Record every R epochs (>= 1, default ${DEFAULT-VALUE}).")
    int recordEvery;

    @Option(names = "--final-only", description = "Keep only the last row of each run (of each phase in task2).")
    boolean finalOnly;

    @Option(names = "--shuffle", description = "Reshuffle the mini-batches every epoch (default: fixed order).")
    boolean shuffle;

    @Option(names = "--early-stop", description = "Stop a run when its test error reaches 0.")
    boolean earlyStop;

    @Option(names = "--test-size", defaultValue = "10000", description = "Fresh test examples (>= 1, default ${DEFAULT-VALUE}).")
    int testSize;

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--format", defaultValue = "csv", description = "Output format: csv, json or table (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", converter = OutputPaths.File.class,
            description = "Write the data to FILE (atomically) instead of stdout; - is stdout.")
    Path out;

    /**
     * Runs {@code build} (which constructs specs from user values) and reports a value out of range
     * as the user's error about option {@code --NAME}.
     */
    static <T> T userInput(Supplier<T> build) {
        try {
            return build.get();
        } catch (OutOfRangeException e) {
            throw new UserInputException("--" + e.parameter(), e.allowed(), e.given());
        }
    }

    /** The optimizer of the options at learning rate {@code rate} (the registry builds it by name). */
    OptimizerSpec optimizer(double rate) {
        return userInput(() -> {
            OptimizerKind kind = OptimizerKind.of(optimizer);
            if (!weightDecayMode.equals("decoupled") && !weightDecayMode.equals("l2")) {
                throw new OutOfRangeException("weight-decay-mode", "decoupled or l2", "'" + weightDecayMode + "'");
            }
            if (momentum != null && !optimizer.equals("sgd")) {
                throw UserInputException.malformed("--momentum", "--momentum applies to --optimizer sgd only;"
                        + " it does nothing with --optimizer " + optimizer);
            }
            WeightDecay decay = new WeightDecay(weightDecay, weightDecayMode.equals("decoupled"));
            return kind.spec(new OptimizerOptions(rate, momentum == null ? 0.9 : momentum, decay));
        });
    }

    SgdConfig training(int epochCount, double rate) {
        return userInput(() -> new SgdConfig(optimizer(rate), batch, epochCount, shuffle,
                finalOnly ? epochCount : Ranges.atLeast("record-every", recordEvery, 1), earlyStop));
    }

    /** The options the run reports as given: optimizer name, recording interval, final-only. */
    TrainingChoices choices() {
        return new TrainingChoices(optimizer, recordEvery, finalOnly);
    }

    /** Writes the rows in the chosen format to {@code --out}, or else to the command's standard output. */
    void emit(SimulateTable result, CommandLine command) {
        AtomicFiles.emit(result.table().render(format, result.provenance()), out, command.getOut());
    }
}
