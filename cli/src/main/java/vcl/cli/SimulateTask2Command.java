package vcl.cli;

import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.Task2SimulateSpec;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.RunResult;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;
import vcl.sim.run.Task2Sweep;
import vcl.sim.spec.Ranges;

/** {@code vcl simulate task2}: task 1, then task 2 with the KL to the task-1 fields as prior. */
@Command(name = "task2", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn task 1 (alpha1), then a second teacher of overlap r0 (alpha2) with gamma*KL to task 1.",
            "Columns: alpha1,alpha2,r0,gamma,n,seed,phase,epoch,p1,p2,eps_g1,eps_g2,qstar,loss",
            "(phase 1 rows have no second teacher: p2 and eps_g2 are NaN).",
            "Task 1 is trained once per seed and shared by every (alpha2, r0)."})
public final class SimulateTask2Command implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("alpha1", "alpha2", "r0", "gamma", "n", "seed", "phase", "epoch",
            "p1", "p2", "eps_g1", "eps_g2", "qstar", "loss");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha1", required = true, description = "load of task 1 (> 0)")
    double alpha1;

    @Option(names = "--alpha2", required = true, paramLabel = "LIST", description = "loads of task 2 (> 0)")
    String alpha2;

    @Option(names = "--r0", required = true, paramLabel = "LIST", description = "teacher overlaps in [-1, 1]")
    String r0;

    @Option(names = "--gamma", required = true, description = "KL strength gamma (>= 0)")
    double gamma;

    @Option(names = "--epochs1", description = "task-1 epochs (default: --epochs)")
    Integer epochs1;

    @Option(names = "--lr1", description = "task-1 learning rate (default: --lr)")
    Double lr1;

    @CommandLine.Mixin
    TrainingOptions options = new TrainingOptions();

    @Override
    public Integer call() {
        TrainingOptions o = options;
        Task2SimulateSpec grid = Task2SimulateSpec.of(alpha1, alpha2, r0, gamma, o.seeds);
        o.validate();
        TrainingOptions.userInput(() -> epochs1 == null ? 1 : Ranges.atLeast("epochs1", epochs1, 1));
        double[] alpha2s = grid.alpha2();
        double[] r0s = grid.r0();
        SgdConfig first = lr1 == null ? o.training(epochs1 == null ? o.epochs : epochs1, o.lr)
                : TrainingOptions.userInput(() -> {
                    Ranges.positive("lr1", lr1);
                    return o.training(epochs1 == null ? o.epochs : epochs1, lr1);
                });
        Task2Config template = TrainingOptions.userInput(() -> new Task2Config(
                new Task1Config(o.n, alpha1, o.betaField, first, 0, null, o.testSize), alpha2s[0], r0s[0], gamma,
                o.training(o.epochs, o.lr)));
        List<Task2Sweep.Run> runs;
        try (Progress progress = Progress.start("simulate task2",
                Task2Sweep.jobs(alpha2s, r0s, o.seeds), spec.commandLine().getErr())) {
            runs = Task2Sweep.run(template, alpha2s, r0s, o.seeds, o.run.seed, o.run.runner(), progress);
        }
        DataTable table = new DataTable(COLUMNS);
        for (Task2Sweep.Run run : runs) {
            addPhase(table, run, run.task1(), o.finalOnly);
            addPhase(table, run, run.task2(), o.finalOnly);
        }
        var params = o.parameters();
        params.put("alpha1", alpha1);
        params.put("alpha2", alpha2s);
        params.put("r0", r0s);
        params.put("gamma", gamma);
        params.put("kl_weight_per_batch", "batch/P2");
        params.put("epochs1", epochs1 == null ? o.epochs : epochs1);
        params.put("lr1", lr1 == null ? o.lr : lr1);
        var prov = Provenance.of("simulate task2", params);
        prov.put("master_seed", o.run.seed);
        prov.put("streams", "seed k: split k of L64_X128_MIX(master_seed) gives two run seeds,"
                        + " the first for task 1, the second for task 2 (every alpha2, r0)");
        prov.put("run_seeds_task1", SimulateTask1Command.runSeeds(o.run.seed, o.seeds, 0));
        prov.put("run_seeds_task2", SimulateTask1Command.runSeeds(o.run.seed, o.seeds, 1));
        AtomicFiles.emit(table.render(o.format, prov), o.out, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private void addPhase(DataTable table, Task2Sweep.Run run, RunResult phase, boolean finalOnly) {
        for (EpochRecord r : finalOnly ? List.of(phase.last()) : phase.trajectory()) {
            table.add(alpha1, run.alpha2(), run.r0(), gamma, options.n, run.seed(), r.task(), r.epoch(),
                    r.p(1), r.p(2), r.epsG(1), r.epsG(2), r.selfOverlap(), r.loss());
        }
    }
}
