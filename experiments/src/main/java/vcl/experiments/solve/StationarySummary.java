package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import vcl.experiments.spec.PotentialSpec;
import vcl.theory.potential.CoupledOrder;
import vcl.theory.potential.PotentialPoint;
import vcl.theory.potential.StationaryKind;
import vcl.theory.potential.StationaryPoint;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The stationary points of one V(d) curve in words, on stderr: each barrier's height
 * {@code Φ1 − V} seen from the reference, and each state's free entropy against the task-1 branches
 * of the same load (an unconstrained state of the second system is a task-1 solution, so V there
 * must be one of their free entropies; a state that matches none is said to).
 */
public final class StationarySummary {

    /** Agreement expected between V at a state and the task-1 free entropy (both quadratures to ~1e-9). */
    static final double MATCH = 1e-7;

    private StationarySummary() {
    }

    static void report(PotentialSpec spec, PotentialSolve.Curve c, PrintWriter err) {
        Task1Solver task1 = new Task1Solver(spec.beta(), spec.prior().measure(spec.beta(), spec.strength()), Double.NaN,
                QuadratureSettings.DEFAULT, 1e-10, 500, true);
        if (c.stationary().isEmpty()) {
            err.printf(Locale.ROOT, "solve potential: alpha %s: no stationary point of V between the overlaps"
                    + " besides d* = %.6f%n", c.alpha(), c.reference().q());
        }
        for (StationaryPoint<PotentialPoint> s : c.stationary()) {
            PotentialPoint p = s.point();
            double height = c.reference().phi() - p.v();
            if (!p.converged()) {
                err.printf(Locale.ROOT, "solve potential: alpha %s: a %s near d = %.6f was not located (its solve"
                        + " did not converge)%n", c.alpha(), s.kind().label(), p.d());
            } else if (s.kind() == StationaryKind.BARRIER) {
                err.printf(Locale.ROOT, "solve potential: alpha %s: barrier at d = %.8f, phi1 - V = %.8f%n", c.alpha(),
                        p.d(), height);
            } else {
                err.printf(Locale.ROOT, "solve potential: alpha %s: state at d = %.8f, V = %.9f (phi1 - V = %.8f);"
                        + " %s%n", c.alpha(), p.d(), p.v(), height, match(task1, c.alpha(), p));
            }
        }
    }

    /**
     * The task-1 solution the state is, in words: task 1 solved at the same load from the state's own
     * (q, r, q*), and how far V is from its free entropy.
     */
    private static String match(Task1Solver task1, double alpha, PotentialPoint p) {
        Optional<Task1Solution> found = task1State(task1, alpha, p);
        if (found.isEmpty()) {
            return "WARNING: task 1 started from this state's order parameters does not stay there (it is not a"
                    + " task-1 solution: check the quadrature and the tolerance)";
        }
        Task1Solution s = found.get();
        double diff = p.v() - s.phi();
        return String.format(Locale.ROOT, "task 1 from its order parameters: phi %.9f, q %.8f, eps_g %.6f; V - phi"
                + " = %.1e%s", s.phi(), s.q(), s.epsG(), diff, Math.abs(diff) > MATCH
                        ? " -- WARNING: more than " + MATCH + ", check the quadrature" : "");
    }

    /**
     * The task-1 solution a state of V is: task 1 solved at the same load from the state's own
     * (q, r, q*), if it converges there (within 1e-4 in q); empty if it runs elsewhere.
     */
    public static Optional<Task1Solution> task1State(Task1Solver task1, double alpha, PotentialPoint state) {
        CoupledOrder o = state.order();
        Task1Solution s = task1.solve(alpha, new OrderParameters(o.q(), o.r(), o.qStar()));
        return s.converged() && Math.abs(s.q() - o.q()) <= 1e-4 ? Optional.of(s) : Optional.empty();
    }
}
