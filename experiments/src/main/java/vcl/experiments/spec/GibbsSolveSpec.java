package vcl.experiments.spec;

import java.util.Arrays;
import java.util.Objects;

/**
 * {@code vcl solve gibbs}: Gibbs learning of the binary teacher-student perceptron over a list of
 * loads at one temperature, validated once.
 *
 * @param alpha       loads, each in (0, 50]
 * @param temperature the learning temperature T = 1/β in [0, 100]; 0 is zero temperature (version space)
 * @param transition  also locate the first-order transition and the poor branch's spinodal
 * @param solver      solver accuracy and shown rows
 */
public record GibbsSolveSpec(double[] alpha, double temperature, boolean transition, SolverSettings solver) {

    /** Allowed temperatures given with {@code --temperature} (zero temperature has its own flag). */
    public static final Range TEMPERATURE = Range.positive(100);

    public GibbsSolveSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        if (temperature != 0) {
            TEMPERATURE.check("--temperature", temperature);
        }
        Objects.requireNonNull(solver, "solver");
    }

    /**
     * From the command line's two exclusive options: a temperature, or zero temperature (the default
     * when neither is given).
     *
     * @throws UserInputException if both are given
     */
    public static double temperatureOf(Double temperature, boolean zeroTemperature) {
        if (temperature != null && zeroTemperature) {
            throw UserInputException.malformed("--temperature",
                    "--temperature and --zero-temperature exclude each other; give one");
        }
        return temperature == null ? 0 : TEMPERATURE.check("--temperature", temperature);
    }

    /** The inverse temperature β = 1/T, {@code +∞} at zero temperature. */
    public double beta() {
        return temperature == 0 ? Double.POSITIVE_INFINITY : 1 / temperature;
    }

    /** The loads (a copy). */
    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public String toString() {
        return "GibbsSolveSpec[alpha=" + Arrays.toString(alpha) + ", temperature=" + temperature + "]";
    }
}
