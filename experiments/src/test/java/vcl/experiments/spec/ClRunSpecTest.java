package vcl.experiments.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.KlAnchor;
import vcl.sim.mlp.MlpTraining;

/** {@code vcl cl run}'s values, each checked once, each message naming the option and its range. */
class ClRunSpecTest {

    private static String message(Runnable build) {
        return assertThrows(UserInputException.class, build::run).getMessage();
    }

    /** The paper's run with one value changed through {@code tasks}, {@code trainSize}, {@code batch}, {@code batches}. */
    private static ClRunSpec spec(TaskStream stream, int tasks, int trainSize, int batch, int batches, double lr) {
        return new ClRunSpec(ClMethod.VCL, stream, tasks, 5, 1, 0, 1, trainSize, batch, batches, lr, 1,
                KlAnchor.STREAMING, ClRunSpec.beta(stream, null, null), List.of(EvalMode.STOCHASTIC, EvalMode.MEAN), 8,
                List.of(512, 512), null, Path.of("out"), BaselineSettings.DEFAULTS);
    }

    @Test
    void thePapersDefaults() {
        TaskStream permuted = ClRunSpec.stream("permuted-fmnist");
        ClRunSpec paper = spec(permuted, ClRunSpec.defaultTasks(permuted), ClRunSpec.PAPER_TRAIN_SIZE, 64,
                ClRunSpec.defaultBatches(ClRunSpec.PAPER_TRAIN_SIZE, 64), ClRunSpec.defaultLr(permuted));
        assertEquals(MlpTraining.PAPER, paper.training());
        assertEquals(5, paper.tasks());
        assertEquals(BetaSchedule.PAPER, paper.beta());
        assertEquals(25, paper.totalEpochs());
        assertEquals(List.of(EvalMode.MEAN, EvalMode.STOCHASTIC), paper.evalModes(), "modes in a fixed order");

        TaskStream sequential = ClRunSpec.stream("mnist-fmnist");
        assertEquals(2, ClRunSpec.defaultTasks(sequential));
        assertEquals(0.005, ClRunSpec.defaultLr(sequential));
        assertEquals(0.001, ClRunSpec.defaultLr(ClMethod.EWC, permuted));
        // figure 5: beta = 10 tanh(0.1 + t/80) over 80 epochs, from 1.12 to 8.00
        BetaSchedule fig5 = ClRunSpec.beta(sequential, null, null);
        assertEquals(1.12, fig5.beta(1, 80), 0.005);
        assertEquals(8.00, fig5.beta(80, 80), 0.005);
        assertEquals(new BetaSchedule.Constant(3), ClRunSpec.beta(permuted, null, 3.0));
        assertEquals(new BetaSchedule.Tanh(10, 0.1, 0.5), ClRunSpec.beta(permuted, 0.5, null));
        assertEquals(60_000, ClRunSpec.trainSize("full"));
        assertEquals(List.of(256, 128), ClRunSpec.hidden("256, 128"));
        assertEquals(List.of(EvalMode.SAMPLED, EvalMode.MEAN), ClRunSpec.evalModes("sampled,mean"));
    }

    @Test
    void everyBadValueNamesItsOptionAndRange() {
        TaskStream p = TaskStream.PERMUTED_MNIST;
        assertEquals("--tasks must be 2 for --stream mnist-fmnist, got 5",
                message(() -> spec(TaskStream.MNIST_FMNIST, 5, 32000, 64, 500, 0.005)));
        assertEquals("--tasks must be an integer >= 1, got 0", message(() -> spec(p, 0, 32000, 64, 500, 0.01)));
        assertEquals("--train-size must be an integer in [1, 60000], got 60001",
                message(() -> spec(p, 5, 60001, 64, 500, 0.01)));
        assertEquals("--batch must be an integer in [1, 100], got 101", message(() -> spec(p, 5, 100, 101, 1, 0.01)));
        assertEquals("--batches-per-epoch must be an integer in [1, 500], got 501",
                message(() -> spec(p, 5, 32000, 64, 501, 0.01)));
        assertEquals("--lr must be a finite number > 0, got 0", message(() -> spec(p, 5, 32000, 64, 500, 0)));
        assertEquals("--method must be one of vcl, meta, bnn, ewc, got 'sgd'", message(() -> ClMethod.parse("sgd")));
        assertEquals("--stream must be one of permuted-mnist, permuted-fmnist, mnist-fmnist, got 'mnist'",
                message(() -> ClRunSpec.stream("mnist")));
        assertEquals("--anchor must be one of streaming, task-boundary, none, got 'end'",
                message(() -> ClRunSpec.anchor("end")));
        assertEquals("--eval must be a list of mean, stochastic, sampled, got 'mean,best'",
                message(() -> ClRunSpec.evalModes("mean,best")));
        assertEquals("--hidden must be a list of integers in [1, 65536] such as 512,512, got '512,x'",
                message(() -> ClRunSpec.hidden("512,x")));
        assertEquals("--train-size must be an integer in [1, 60000] or full, got 'all'",
                message(() -> ClRunSpec.trainSize("all")));
        assertEquals("--beta-rate must be a finite number >= 0, got -1", message(() -> ClRunSpec.beta(p, -1.0, null)));
        assertEquals("--beta-const must be a finite number > 0, got 0", message(() -> ClRunSpec.beta(p, null, 0.0)));
        assertEquals("--beta-rate and --beta-const exclude each other; give one of them",
                message(() -> ClRunSpec.beta(p, 1.0, 2.0)));
        assertEquals("--eval must be a list of distinct modes, got mean twice", message(() ->
                new ClRunSpec(ClMethod.VCL, p, 5, 5, 1, 0, 1, 32000, 64, 500, 0.01, 1, KlAnchor.STREAMING,
                        BetaSchedule.PAPER, List.of(EvalMode.MEAN, EvalMode.MEAN), 8, List.of(8), null, Path.of("o"), BaselineSettings.DEFAULTS)));
        assertEquals("--hidden must be an integer in [1, 65536], got 0", message(() ->
                new ClRunSpec(ClMethod.VCL, p, 5, 5, 1, 0, 1, 32000, 64, 500, 0.01, 1, KlAnchor.STREAMING,
                        BetaSchedule.PAPER, List.of(EvalMode.MEAN), 8, List.of(8, 0), null, Path.of("o"), BaselineSettings.DEFAULTS)));
        assertEquals("--samples must be an integer in [1, 10000], got 0", message(() ->
                new ClRunSpec(ClMethod.VCL, p, 5, 5, 1, 0, 1, 32000, 64, 500, 0.01, 1, KlAnchor.STREAMING,
                        BetaSchedule.PAPER, List.of(EvalMode.SAMPLED), 0, List.of(8), null, Path.of("o"), BaselineSettings.DEFAULTS)));
        assertEquals("--kl-weight must be a finite number >= 0, got -1", message(() ->
                new ClRunSpec(ClMethod.VCL, p, 5, 5, 1, 0, 1, 32000, 64, 500, 0.01, -1, KlAnchor.STREAMING,
                        BetaSchedule.PAPER, List.of(EvalMode.MEAN), 8, List.of(8), null, Path.of("o"), BaselineSettings.DEFAULTS)));
    }
}
