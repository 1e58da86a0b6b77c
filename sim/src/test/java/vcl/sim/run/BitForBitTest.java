package vcl.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vcl.sim.optim.OptimizerKind;
import vcl.sim.optim.OptimizerOptions;
import vcl.sim.optim.WeightDecay;

/**
 * The final fields of short runs, pinned bit for bit ({@link Arrays#hashCode(double[])} of the
 * fields). The pinned values were produced by the straightforward kernels (one table read per
 * stored position, one pass per step for each of the far-move check, the sum S and the quad
 * sums, the batch tables built entry by entry): the faster kernels must add the same numbers in
 * the same order. A change of any rounding anywhere in a step shows here. They were re-pinned once,
 * when the inverse Mills ratio of the gradient became {@link vcl.sim.perceptron.InverseMillsRatio}
 * (a table of Taylor series instead of the library's erfcx: the same function to about 1e-15
 * relative, different last bits; over the 80 runs of {@code vcl bench sgd} the final fields moved by
 * at most 1.1e-10 relative, 1.8e-12 absolute, no sign changed and the mean final ε_g are identical).
 *
 * <p>The values also depend on the last bits of {@link Math#exp} (the exact tanh of a site, the
 * inverse Mills ratio), which Java leaves to the platform within one ulp: they were taken on
 * x86-64, and the test runs only there.
 */
class BitForBitTest {

    private static final long SEED = RandomStreams.runSeeds(11L, 1)[0][0];

    private static int hash(Task1Config config) {
        assumeTrue("amd64".equals(System.getProperty("os.arch")) || "x86_64".equals(System.getProperty("os.arch")),
                "pinned on x86-64");
        return Arrays.hashCode(Task1Run.run(config, SEED).fields());
    }

    @Test
    void figure1aRunsAtTwoLoads() {
        // batches of 25 and 100 examples: 4 and 13 groups of 8 in the batch tables
        assertEquals(722217400, hash(Task1Config.figure1a(1000, 0.5, 40, 40)));
        assertEquals(-280109519, hash(Task1Config.figure1a(1000, 2, 40, 40)));
        // N = 300: a partly padded last word of the packed inputs
        assertEquals(-319243283, hash(Task1Config.figure1a(300, 1.5, 40, 40)));
    }

    @Test
    void adamWithOddReshuffledBatches() {
        SgdConfig adam = new SgdConfig(OptimizerKind.ADAM.spec(new OptimizerOptions(0.01, 0, WeightDecay.NONE)), 7, 30,
                true, 10, false);
        assertEquals(392955441, hash(new Task1Config(135, 1.3, 1.0, adam, 0, null, 500)));
    }
}
