package vcl.experiments.spec;

import java.util.Arrays;
import java.util.Objects;
import vcl.theory.prior.PriorKind;

/**
 * {@code vcl solve rsb}: the 1RSB poor branch of task 1 over a list of loads, at the static Parisi
 * parameter x* or a fixed x; validated once.
 *
 * @param alpha     loads, each in (0, 50]
 * @param beta      inverse temperature in (0, 1000]
 * @param x         the Parisi parameter in (0, 1], or NaN for the static x*
 * @param prior     single-site prior
 * @param entropyK  strength of the entropy prior (>= 0), or null for k = β
 * @param transition also locate the load where the 1RSB poor branch's Φ meets the good branch's
 * @param tolerance residual tolerance of the 1RSB saddle point
 * @param maxIterations iteration cap per point
 */
public record RsbSpec(double[] alpha, double beta, double x, PriorKind prior, Double entropyK, boolean transition,
        double tolerance, int maxIterations) {

    /** The Parisi parameter. */
    public static final Range PARISI_X = Range.positive(1);

    public RsbSpec {
        alpha = SolverRanges.ALPHA.checkAll("--alpha", alpha);
        SolverRanges.BETA.check("--beta", beta);
        if (!Double.isNaN(x)) {
            PARISI_X.check("--x", x);
        }
        Objects.requireNonNull(prior, "prior");
        SolverRanges.checkEntropyK(entropyK, prior);
        SolverRanges.TOLERANCE.check("--tolerance", tolerance);
        SolverRanges.ITERATIONS.check("--max-iterations", maxIterations);
    }

    /** From the command line's optional {@code --x} (null: the static x*). */
    public static double parisiOf(Double x) {
        return x == null ? Double.NaN : PARISI_X.check("--x", x);
    }

    /** True when x is the static x* (no fixed x given). */
    public boolean staticX() {
        return Double.isNaN(x);
    }

    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    /** The entropy prior's strength: the given k, else β. */
    public double strength() {
        return entropyK == null ? beta : entropyK;
    }

    @Override
    public String toString() {
        return "RsbSpec[alpha=" + Arrays.toString(alpha) + ", beta=" + beta + ", x=" + x + ", prior=" + prior.label()
                + "]";
    }
}
