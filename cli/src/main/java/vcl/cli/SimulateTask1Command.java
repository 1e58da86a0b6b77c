package vcl.cli;

import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.Task1SimulateSpec;
import vcl.experiments.spec.UserInputException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.sim.perceptron.SelfOverlapSchedule;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.PriorSpec;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task1Sweep;

/** {@code vcl simulate task1}: task-1 runs over loads and seeds, one CSV row per recorded epoch. */
@Command(name = "task1", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn a random binary teacher from alpha*N examples in field space.",
            "Columns: alpha,n,seed,epoch,p,eps_g,eps_test,qstar,loss (loss: training objective per example).",
            "Seed k uses the run seed of split k of the master seed (L64_X128_MIX), the same for every alpha."})
public final class SimulateTask1Command implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("alpha", "n", "seed", "epoch", "p", "eps_g", "eps_test", "qstar", "loss");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST", description = "loads alpha = P/N (> 0), e.g. 0.5:2:0.5")
    String alpha;

    @Option(names = "--entropy-prior", defaultValue = "0", description = "strength k of the entropy prior k*KL(Q||uniform) (>= 0, default 0)")
    double entropyPrior;

    @Option(names = "--qstar-ramp", paramLabel = "START:END:EPOCHS",
            description = "hold q* on the ramp START -> END over EPOCHS epochs (slow SGD, figure 2d)")
    String qstarRamp;

    @CommandLine.Mixin
    TrainingOptions options = new TrainingOptions();

    @Override
    public Integer call() {
        TrainingOptions o = options;
        Task1SimulateSpec grid = Task1SimulateSpec.of(alpha, o.seeds);
        o.validate();
        double[] alphas = grid.alpha();
        TrainingOptions.userInput(() -> new PriorSpec.Entropy(entropyPrior));
        SelfOverlapSchedule ramp = parseRamp(qstarRamp);
        Task1Config template = TrainingOptions.userInput(() -> new Task1Config(o.n, alphas[0], o.betaField,
                o.training(o.epochs, o.lr), entropyPrior, ramp, o.testSize));
        List<Task1Sweep.Run> runs;
        try (Progress progress = Progress.start("simulate task1",
                Task1Sweep.size(alphas, o.seeds), spec.commandLine().getErr())) {
            runs = Task1Sweep.run(template, alphas, o.seeds, o.run.seed, o.run.runner(), progress);
        }
        DataTable table = new DataTable(COLUMNS);
        for (Task1Sweep.Run run : runs) {
            List<EpochRecord> rows = run.result().trajectory();
            for (EpochRecord r : o.finalOnly ? List.of(run.result().last()) : rows) {
                table.add(run.alpha(), o.n, run.seed(), r.epoch(), r.p(1), r.epsG(1), r.testError(1),
                        r.selfOverlap(), r.loss());
            }
        }
        var params = o.parameters();
        params.put("alpha", alphas);
        params.put("entropy_prior", entropyPrior);
        params.put("qstar_ramp", qstarRamp);
        var prov = Provenance.of("simulate task1", params);
        prov.put("master_seed", o.run.seed);
        prov.put("streams", "seed k: run seed = first nextLong of split k of L64_X128_MIX(master_seed)");
        prov.put("run_seeds", runSeeds(o.run.seed, o.seeds, 0));
        AtomicFiles.emit(table.render(o.format, prov), o.out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The run seeds of every seed index, task 1 (column 0) or task 2 (column 1), for provenance. */
    static java.util.List<String> runSeeds(long master, int seeds, int task) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (long[] s : vcl.sim.run.RandomStreams.runSeeds(master, seeds)) {
            out.add(Long.toString(s[task]));
        }
        return out;
    }

    static SelfOverlapSchedule parseRamp(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split(":", -1);
        TrainingOptions.require(parts.length == 3, "--qstar-ramp must be START:END:EPOCHS (got '" + text + "')");
        try {
            return new SelfOverlapSchedule(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]));
        } catch (NumberFormatException e) {
            throw UserInputException.malformed("--qstar-ramp", "--qstar-ramp: '" + text + "' is not START:END:EPOCHS");
        } catch (IllegalArgumentException e) {
            throw UserInputException.malformed("--qstar-ramp", "--qstar-ramp: " + e.getMessage());
        }
    }
}
