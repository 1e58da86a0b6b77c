package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.simulate.Task1Simulate;
import vcl.experiments.simulate.Task1SimulateRequest;
import vcl.experiments.spec.QStarRamp;
import vcl.experiments.spec.SimulationLimits;
import vcl.experiments.spec.Task1SimulateSpec;
import vcl.sim.run.Task1Config;

/** {@code vcl simulate task1}: task-1 runs over loads and seeds, one CSV row per recorded epoch. */
@Command(name = "task1", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn a random binary teacher from αN examples in field space.",
            "Columns: alpha,n,seed,epoch,p,eps_g,eps_test,qstar,loss,diverged (loss: the training objective per"
                + " example; diverged: see below). Seed k uses the run seed of split k of the master seed"
                + " (L64_X128_MIX), the same for every α.",
            "The defaults (momentum SGD, lr 0.03, batch max(⌈P/20⌉, 10), 500 epochs) are figure 1a's"
                + " protocol.",
            "Exit 3 if a run diverged (NaN or infinite fields or loss): its rows say diverged=true and stop there."})
public final class SimulateTask1Command implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST", description = "Loads α = P/N (> 0), e.g. 0.5:2:0.5.")
    String alpha;

    @Option(names = "--entropy-prior", defaultValue = "0", description = "Strength k of the entropy prior k*KL(Q||uniform) (>= 0, default 0).")
    double entropyPrior;

    @Option(names = "--qstar-ramp", paramLabel = "START:END:EPOCHS",
            description = "Hold q* on the ramp START -> END over EPOCHS epochs (slow SGD, figure 2d).")
    String qstarRamp;

    @CommandLine.Mixin
    TrainingOptions options = new TrainingOptions();

    @Override
    public Integer call() {
        TrainingOptions o = options;
        Task1SimulateSpec grid = Task1SimulateSpec.of(alpha, o.seeds);
        SimulationLimits.check(o.n, o.seeds, o.testSize, "--alpha", grid.alpha());
        QStarRamp ramp = QStarRamp.parse(qstarRamp);
        Task1SimulateRequest request = TrainingOptions.userInput(() -> new Task1SimulateRequest(grid,
                new Task1Config(o.n, grid.alpha()[0], o.betaField, o.training(o.epochs, o.lr), entropyPrior,
                        QStarRamp.scheduleOf(ramp), o.testSize), ramp, o.run.settings(), o.choices()));
        vcl.experiments.simulate.SimulateTable result = Task1Simulate.run(request, spec.commandLine().getErr());
        o.emit(result, spec.commandLine());
        return result.divergedRuns() > 0 ? ExitCodes.NOT_CONVERGED : ExitCodes.OK;
    }
}
