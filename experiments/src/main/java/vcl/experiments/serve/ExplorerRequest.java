package vcl.experiments.serve;

import java.util.Locale;
import java.util.Objects;
import vcl.experiments.spec.SolverRanges;
import vcl.experiments.spec.SolverSettings;
import vcl.experiments.spec.Task1SolveSpec;
import vcl.experiments.spec.Task2SolveSpec;
import vcl.experiments.spec.UserInputException;
import vcl.theory.prior.PriorKind;

/**
 * What the explorer page asks for: the task-1 temperature and prior, the task-2 coupling and the
 * load range drawn, validated once with the ranges and words of {@code vcl solve} (the option
 * names in the messages are the command line's).
 *
 * @param beta     inverse temperature in (0, 1000]
 * @param prior    single-site prior of task 1
 * @param entropyK strength of the entropy prior (>= 0), or null for k = β
 * @param gamma    KL strength of task 2 in [0, 100]
 * @param r0       overlap of the two teachers in [-1, 1]
 * @param alpha1   task-1 load of the task-2 reference in (0, 50]
 * @param alphaMin smallest load drawn (α of task 1, α2 of task 2), in (0, 50]
 * @param alphaMax largest load drawn, in (alphaMin, 50]
 * @param points   loads on the grid, in [5, 200]
 */
public record ExplorerRequest(double beta, PriorKind prior, Double entropyK, double gamma, double r0, double alpha1,
        double alphaMin, double alphaMax, int points) {

    /** Loads on the grid unless asked otherwise. */
    public static final int DEFAULT_POINTS = 30;

    public ExplorerRequest {
        SolverRanges.BETA.check("--beta", beta);
        Objects.requireNonNull(prior, "prior");
        if (entropyK != null) {
            SolverRanges.ENTROPY_K.check("--entropy-k", entropyK);
        }
        SolverRanges.GAMMA.check("--gamma", gamma);
        SolverRanges.R0.check("--r0", r0);
        SolverRanges.ALPHA.check("--alpha1", alpha1);
        SolverRanges.ALPHA.check("--alpha", alphaMin);
        SolverRanges.ALPHA.check("--alpha", alphaMax);
        if (!(alphaMin < alphaMax)) {
            throw UserInputException.malformed("--alpha", "--alpha must be a range min < max, got "
                    + alphaMin + " to " + alphaMax);
        }
        if (points < 5 || points > 200) {
            throw new UserInputException("points", "an integer in [5, 200]", Integer.toString(points));
        }
    }

    /** The loads drawn: {@code points} equally spaced values from alphaMin to alphaMax. */
    public double[] loads() {
        double[] a = new double[points];
        for (int i = 0; i < points; i++) {
            a[i] = alphaMin + (alphaMax - alphaMin) * i / (points - 1);
        }
        a[points - 1] = alphaMax;
        return a;
    }

    /** The task-1 sweep as {@code vcl solve task1 --all-branches --transition} would ask for it. */
    public Task1SolveSpec task1(SolverSettings solver) {
        return new Task1SolveSpec(loads(), beta, prior, entropyK, null, true, solver);
    }

    /** The task-2 sweep as {@code vcl solve task2 --all-branches --transition} would ask for it (one r0). */
    public Task2SolveSpec task2(SolverSettings solver) {
        return new Task2SolveSpec(alpha1, beta, gamma, new double[] {r0}, loads(), true, solver);
    }

    /** The entropy prior's strength in use: the given k, else β. */
    public double strength() {
        return entropyK == null ? beta : entropyK;
    }

    /** The parameters task 1's curves depend on, as a cache key. */
    public String task1Key() {
        return String.format(Locale.ROOT, "t1|%s|%s|%s|%s|%s|%d", beta, prior.label(),
                prior.takesStrength() ? strength() : "-", alphaMin, alphaMax, points);
    }

    /** The parameters task 2's curves depend on, as a cache key. */
    public String task2Key() {
        return String.format(Locale.ROOT, "t2|%s|%s|%s|%s|%s|%s|%s|%s|%d", beta, prior.label(),
                prior.takesStrength() ? strength() : "-", alpha1, gamma, r0, alphaMin, alphaMax, points);
    }

    /** The task-2 reference (task 1 at α1 under the prior), as a cache key. */
    public String referenceKey() {
        return String.format(Locale.ROOT, "ref|%s|%s|%s|%s", beta, prior.label(),
                prior.takesStrength() ? strength() : "-", alpha1);
    }
}
