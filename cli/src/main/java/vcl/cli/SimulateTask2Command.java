package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.simulate.Task2Simulate;
import vcl.experiments.simulate.Task2SimulateRequest;
import vcl.experiments.spec.Task2SimulateSpec;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;
import vcl.sim.spec.Ranges;

/** {@code vcl simulate task2}: task 1, then task 2 with the KL to the task-1 fields as prior. */
@Command(name = "task2", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn task 1 (alpha1), then a second teacher of overlap r0 (alpha2) with gamma*KL to task 1.",
            "Columns: alpha1,alpha2,r0,gamma,n,seed,phase,epoch,p1,p2,eps_g1,eps_g2,qstar,loss,diverged",
            "(phase 1 rows have no second teacher: p2 and eps_g2 are NaN).",
            "Exit 3 if a run diverged (NaN or infinite fields or loss): its rows say diverged=true and stop there.",
            "Task 1 is trained once per seed and shared by every (alpha2, r0)."})
public final class SimulateTask2Command implements Callable<Integer> {

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
        TrainingOptions.userInput(() -> epochs1 == null ? 1 : Ranges.atLeast("epochs1", epochs1, 1));
        SgdConfig first = lr1 == null ? o.training(epochs1 == null ? o.epochs : epochs1, o.lr)
                : TrainingOptions.userInput(() -> {
                    Ranges.positive("lr1", lr1);
                    return o.training(epochs1 == null ? o.epochs : epochs1, lr1);
                });
        Task2SimulateRequest request = TrainingOptions.userInput(() -> new Task2SimulateRequest(grid,
                new Task2Config(new Task1Config(o.n, alpha1, o.betaField, first, 0, null, o.testSize),
                        grid.alpha2()[0], grid.r0()[0], gamma, o.training(o.epochs, o.lr)),
                o.run.settings(), o.choices()));
        vcl.experiments.simulate.SimulateTable result = Task2Simulate.run(request, spec.commandLine().getErr());
        o.emit(result, spec.commandLine());
        return result.divergedRuns() > 0 ? ExitCodes.NOT_CONVERGED : ExitCodes.OK;
    }
}
