package vcl.experiments.spec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code vcl bench sgd}: the figure-1a SGD workload to time, and the numpy baseline to time next to
 * it, validated once.
 *
 * @param alphaList the loads as the user gave them (a LIST of numbers &gt; 0)
 * @param n         number of weights N, at least 1
 * @param seeds     runs per load, at least 1
 * @param epochs    epochs per run, at least 1
 * @param baseline  the baseline script (an existing file), or null for none
 * @param python    the interpreter that runs the baseline
 */
public record SgdBenchSpec(String alphaList, int n, int seeds, int epochs, Path baseline, String python) {

    public SgdBenchSpec {
        Task1SimulateSpec.of(alphaList, seeds);
        SimulateSpecs.count("--n", n);
        SimulateSpecs.count("--epochs", epochs);
        if (baseline != null && !Files.isRegularFile(baseline)) {
            throw UserInputException.malformed("--baseline", "--baseline: no such file " + baseline);
        }
    }

    /** The loads (parsed from {@link #alphaList}, which the report prints as given). */
    public double[] alpha() {
        return Task1SimulateSpec.of(alphaList, seeds).alpha();
    }
}
