package vcl.experiments.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code vcl bench mlp}: the variational MLP's training epoch and evaluation to time on random data
 * (the paper's 784-512-512-10 network, batch 64, 500 batches, 5 test sets of 10 000 images), and the
 * numpy baseline to time next to it.
 *
 * @param epochs   training epochs to time (the first includes the JIT's warm-up), at least 1
 * @param baseline the baseline script mlp_numpy.py (an existing file), or null for none
 * @param python   the interpreter that runs the baseline
 */
public record MlpBenchSpec(int epochs, Path baseline, String python) {

    public MlpBenchSpec {
        SimulateSpecs.count("--epochs", epochs);
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw UserInputException.malformed("--baseline", "--baseline: no such file " + baseline
                    + " (the numpy baseline mlp_numpy.py; relative paths are taken from the current directory)");
        }
    }
}
