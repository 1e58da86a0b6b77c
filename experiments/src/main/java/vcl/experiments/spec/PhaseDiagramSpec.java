package vcl.experiments.spec;

import java.util.Arrays;
import java.util.Objects;
import vcl.theory.prior.PriorKind;

/**
 * {@code vcl solve phase}: the temperatures of a task-1 phase diagram and, optionally, the bracket
 * in which to locate its critical point; validated once.
 *
 * @param beta      inverse temperatures, each in (0, 1000]
 * @param prior     single-site prior
 * @param entropyK  strength of the entropy prior (>= 0), or null for k = β
 * @param critical  null, or two temperatures (single branch at the first, two at the second)
 * @param at        also locate the de Almeida–Thouless point of the poor branch at each β
 */
public record PhaseDiagramSpec(double[] beta, PriorKind prior, Double entropyK, double[] critical, boolean at) {

    public PhaseDiagramSpec {
        beta = SolverRanges.BETA.checkAll("--beta", beta);
        Objects.requireNonNull(prior, "prior");
        SolverRanges.checkEntropyK(entropyK, prior);
        if (critical != null) {
            critical = SolverRanges.BETA.checkAll("--critical", critical);
            if (critical.length != 2 || !(critical[0] < critical[1])) {
                throw UserInputException.malformed("--critical",
                        "--critical must be two inverse temperatures LO,HI with LO < HI, got " + Arrays.toString(critical));
            }
        }
    }

    /** The temperatures (a copy). */
    @Override
    public double[] beta() {
        return beta.clone();
    }

    /** The critical-point bracket (a copy), or null. */
    @Override
    public double[] critical() {
        return critical == null ? null : critical.clone();
    }

    /** The entropy prior's strength at β: the given k, else β. */
    public double strength(double b) {
        return entropyK == null ? b : entropyK;
    }
}
