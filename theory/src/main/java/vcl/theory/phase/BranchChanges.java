package vcl.theory.phase;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.theory.numerics.FalsePosition;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.LoadSolver;
import vcl.theory.replica.OrderParameters;

/**
 * First-order transitions located wherever the selected solution changes branch between two
 * neighbouring loads of a sweep, also when the two branches were never found at the same grid
 * point (a coarse grid). For each pair of neighbouring rows, the lower row's branch is continued
 * upward and the upper row's branch downward into the interval (steps of a twentieth of it, halved
 * down to {@code minStep} before a branch is declared ended; a step that changes r by more than
 * {@code jumpTolerance} from the linear prediction is a jump to the other branch and is refused).
 * If the lower branch reaches the upper load on the upper row's solution there is no change.
 * Otherwise, where both continuations exist, {@code Φ_upper − Φ_lower = 0} is solved by false
 * position (Illinois) to {@code 1e-10} in the load, each branch re-solved from its nearest
 * continued point. Works for any model on the shared core (task 1: α, task 2: α2).
 *
 * @param <S> the solution type
 */
public final class BranchChanges<S extends BranchPoint<S>> {

    private static final double SAME = 1e-6;
    private final LoadSolver<S> solver;
    private final double minStep;
    private final double jumpTolerance;
    private final int iterationCap;

    /**
     * @param minStep shortest continuation step, > 0
     * @param jumpTolerance largest accepted |r − r_predicted| of a step, > 0
     * @param iterationCap iterations of one continuation step, ≥ 2
     */
    public BranchChanges(LoadSolver<S> solver, double minStep, double jumpTolerance, int iterationCap) {
        if (!(minStep > 0) || !(jumpTolerance > 0) || iterationCap < 2) {
            throw new IllegalArgumentException("need minStep > 0, jumpTolerance > 0, iterationCap >= 2");
        }
        this.solver = solver;
        this.minStep = minStep;
        this.jumpTolerance = jumpTolerance;
        this.iterationCap = iterationCap;
    }

    /** Defaults: steps down to 1e-3 of the load, jumps above 0.02 in r refused, 60 iterations a step. */
    public BranchChanges(LoadSolver<S> solver) {
        this(solver, 1e-3, 0.02, 60);
    }

    /**
     * The transitions between neighbouring rows of the selected (one per load, ascending) solutions.
     */
    public List<Double> transitions(List<S> selected) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + 1 < selected.size(); i++) {
            between(selected.get(i), selected.get(i + 1)).ifPresent(out::add);
        }
        return out;
    }

    /** The transition between two neighbouring selected solutions, if their branches differ. */
    public Optional<Double> between(S lower, S upper) {
        return change(lower, upper).map(Change::load);
    }

    /**
     * A change of branch between two neighbouring selected solutions: the transition load, each
     * branch's solution there and the points by which each was continued into the interval.
     *
     * @param load the transition load, where {@code Φ_lower = Φ_upper}
     * @param lowerAt the solution at {@code load} on the branch selected below it
     * @param upperAt the solution at {@code load} on the branch selected above it
     * @param lowerContinued the lower row's branch continued upward, from the lower row to where it ends
     *        (or to the upper row's load)
     * @param upperContinued the upper row's branch continued downward, from the upper row to where it ends
     *        (or to the lower row's load)
     */
    public record Change<S>(double load, S lowerAt, S upperAt, List<S> lowerContinued, List<S> upperContinued) {

        public Change {
            lowerContinued = List.copyOf(lowerContinued);
            upperContinued = List.copyOf(upperContinued);
        }
    }

    /** As {@link #between}, with both branches at the transition and their continuations. */
    public Optional<Change<S>> change(S lower, S upper) {
        List<S> up = continued(lower, upper.load());
        S reached = up.get(up.size() - 1);
        if (reached.load() == upper.load() && reached.orderParameters().distance(upper.orderParameters()) < SAME) {
            return Optional.empty();
        }
        List<S> down = continued(upper, lower.load());
        double lo = down.get(down.size() - 1).load();
        double hi = reached.load();
        if (!(lo <= hi)) {
            return Optional.empty();
        }
        S aLo = nearest(up, lo);
        S bLo = nearest(down, lo);
        S aHi = nearest(up, hi);
        S bHi = nearest(down, hi);
        double fLo = bLo.phi() - aLo.phi();
        double fHi = bHi.phi() - aHi.phi();
        if (!(fLo < 0 && fHi > 0) || aLo.orderParameters().distance(bLo.orderParameters()) < SAME) {
            return Optional.empty();
        }
        Optional<Double> t = FalsePosition.illinois(lo, fLo, hi, fHi, 1e-10, 200, x -> {
            S a = solver.solve(x, nearest(up, x).orderParameters());
            S b = solver.solve(x, nearest(down, x).orderParameters());
            if (!a.converged() || !b.converged() || a.orderParameters().distance(b.orderParameters()) < SAME) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(b.phi() - a.phi());
        });
        if (t.isEmpty()) {
            return Optional.empty();
        }
        double x = t.get();
        S a = solver.solve(x, nearest(up, x).orderParameters());
        S b = solver.solve(x, nearest(down, x).orderParameters());
        return a.converged() && b.converged() ? Optional.of(new Change<>(x, a, b, up, down)) : Optional.empty();
    }

    /**
     * The branch of {@code from} continued towards {@code target}: the points reached, from
     * {@code from} to {@code target} or to where the branch ends (no step of {@code minStep} relative
     * to max(1, |target|) stays on it), in order.
     */
    public List<S> continued(S from, double target) {
        return continued(from, target, true);
    }

    /**
     * As {@link #continued(BranchPoint, double)}, but once a step has failed the step length never
     * grows again, so the end of a branch is bracketed by halving (fewer failed solves, each at the
     * iteration cap); for following a metastable branch to its spinodal.
     */
    public List<S> toEnd(S from, double target) {
        return continued(from, target, false);
    }

    private List<S> continued(S from, double target, boolean regrow) {
        boolean failed = false;
        List<S> pts = new ArrayList<>(List.of(from));
        double span = target - from.load();
        double step = Math.abs(span) / 20;
        double load = from.load();
        while (load != target && step >= minStep * Math.max(1, Math.abs(target))) {
            double next = Math.abs(target - load) <= step ? target : load + Math.signum(span) * step;
            S last = pts.get(pts.size() - 1);
            OrderParameters guess = last.orderParameters();
            double rPredicted = last.r();
            if (pts.size() > 1) {
                S prev = pts.get(pts.size() - 2);
                rPredicted = last.r() + (last.r() - prev.r()) * (next - last.load()) / (last.load() - prev.load());
            }
            S s = solveOrNull(next, guess);
            if (s != null && s.converged() && Math.abs(s.r() - rPredicted) <= jumpTolerance) {
                pts.add(s);
                load = next;
                step = regrow || !failed ? Math.min(2 * step, Math.abs(span) / 20) : step;
            } else {
                step *= 0.5;
                failed = true;
            }
        }
        return pts;
    }

    /** One continuation step's solve; null where it meets a numerical limit (a failed step). */
    private S solveOrNull(double load, OrderParameters guess) {
        try {
            return solver.solve(load, guess, iterationCap);
        } catch (NumericalLimitException e) {
            return null;
        }
    }

    private S nearest(List<S> pts, double load) {
        S best = pts.get(0);
        for (S p : pts) {
            if (Math.abs(p.load() - load) < Math.abs(best.load() - load)) {
                best = p;
            }
        }
        return best.load() == load ? best : solver.solve(load, best.orderParameters());
    }
}
