package vcl.theory.phase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.LoadSolver;

/**
 * Both branches of a load sweep completed around its first-order transition, so that a curve can be
 * drawn with the jump where it is and each metastable continuation up to where it ends, whatever
 * the grid. The transition is the sweep's own where both branches coexist at grid loads, otherwise
 * the first change of the selected branch between neighbouring loads ({@link BranchChanges}, its
 * defaults, so the load is the one {@code solve --transition} reports). Added are: each branch's
 * solution at the transition; in the coarse case the points by which both branches were continued
 * into their interval; and each branch continued past its last known point away from the
 * transition (the branch selected below it upward, the one selected above it downward) to where it
 * ends, its spinodal, to within {@link #END_STEP} of max(1, |grid end|), never beyond the grid.
 *
 * <p>Every added point is labelled relative to the transition load t: the branch selected below t
 * {@link Branch#POOR_STABLE} below t and at t, {@link Branch#POOR_METASTABLE} above; the branch
 * selected above t {@link Branch#GOOD_STABLE} at and above t, {@link Branch#GOOD_METASTABLE} below.
 * A point that repeats a grid row (same load, order parameters within 1e-6) is not added.
 *
 * @param <S> the solution type
 */
public final class TransitionBranches<S extends BranchPoint<S>> {

    /** Shortest continuation step when a branch is followed to its end, relative to max(1, |target|). */
    public static final double END_STEP = 1e-4;
    private static final double SAME = 1e-6;
    private final LoadSolver<S> solver;
    private final BranchChanges<S> changes;
    private final BranchChanges<S> ends;

    public TransitionBranches(LoadSolver<S> solver) {
        this.solver = solver;
        this.changes = new BranchChanges<>(solver);
        this.ends = new BranchChanges<>(solver, END_STEP, 0.02, 60);
    }

    /**
     * The transition and the added points of one sweep.
     *
     * @param transition the transition load, if the selected branch changes somewhere
     * @param added the added points, labelled as described above, in load order (empty without a transition)
     */
    public record Completed<S>(Optional<Double> transition, List<S> added) {

        public Completed {
            added = List.copyOf(added);
        }
    }

    /**
     * Completes the rows of a sweep (both branches, any order; rows that did not converge are
     * ignored) around {@code onTheGrid}, the sweep's own transition where it found one.
     */
    public Completed<S> complete(List<S> rows, Optional<Double> onTheGrid) {
        List<S> conv = rows.stream().filter(BranchPoint::converged)
                .sorted(Comparator.comparingDouble(BranchPoint::load)).toList();
        if (conv.isEmpty()) {
            return new Completed<>(Optional.empty(), List.of());
        }
        List<S> lower = new ArrayList<>();
        List<S> upper = new ArrayList<>();
        double t;
        if (onTheGrid.isPresent()) {
            t = onTheGrid.get();
            atTransition(conv, t, lower, upper);
        } else {
            List<S> stable = conv.stream().filter(s -> s.branch().stable()).toList();
            Optional<BranchChanges.Change<S>> change = Optional.empty();
            for (int i = 0; i + 1 < stable.size() && change.isEmpty(); i++) {
                change = changes.change(stable.get(i), stable.get(i + 1));
            }
            if (change.isEmpty()) {
                return new Completed<>(Optional.empty(), List.of());
            }
            BranchChanges.Change<S> c = change.get();
            t = c.load();
            lower.addAll(c.lowerContinued().subList(1, c.lowerContinued().size()));
            lower.add(c.lowerAt());
            upper.addAll(c.upperContinued().subList(1, c.upperContinued().size()));
            upper.add(c.upperAt());
        }
        double first = conv.get(0).load();
        double last = conv.get(conv.size() - 1).load();
        S lowerEnd = extreme(conv, lower, t, true);
        if (lowerEnd != null && lowerEnd.load() < last) {
            lower.addAll(tail(ends.toEnd(lowerEnd, last)));
        }
        S upperEnd = extreme(conv, upper, t, false);
        if (upperEnd != null && upperEnd.load() > first) {
            upper.addAll(tail(ends.toEnd(upperEnd, first)));
        }
        List<S> added = new ArrayList<>();
        lower.stream().filter(s -> isNew(conv, s))
                .map(s -> s.withBranch(s.load() <= t ? Branch.POOR_STABLE : Branch.POOR_METASTABLE)).forEach(added::add);
        upper.stream().filter(s -> isNew(conv, s))
                .map(s -> s.withBranch(s.load() >= t ? Branch.GOOD_STABLE : Branch.GOOD_METASTABLE)).forEach(added::add);
        added.sort(Comparator.comparingDouble(BranchPoint::load));
        return new Completed<>(Optional.of(t), added);
    }

    /** Both branches solved at t from their grid rows nearest to it (nothing added where a solve fails). */
    private void atTransition(List<S> rows, double t, List<S> lower, List<S> upper) {
        S p = nearest(rows.stream().filter(s -> lowerSide(s, t)).toList(), t);
        S g = nearest(rows.stream().filter(s -> !lowerSide(s, t)).toList(), t);
        if (p == null || g == null) {
            return;
        }
        S a = solver.solve(t, p.orderParameters());
        S b = solver.solve(t, g.orderParameters());
        if (a.converged() && b.converged() && a.orderParameters().distance(b.orderParameters()) >= SAME) {
            lower.add(a);
            upper.add(b);
        }
    }

    /** On the branch selected below t: the poor branch, or a unique solution below t. */
    private static boolean lowerSide(BranchPoint<?> s, double t) {
        return s.branch().poor() || (s.branch() == Branch.UNIQUE && s.load() < t);
    }

    /** The point of one side (grid rows and added points) farthest from t in its direction. */
    private S extreme(List<S> rows, List<S> added, double t, boolean lowerBranch) {
        List<S> side = new ArrayList<>(rows.stream().filter(s -> lowerSide(s, t) == lowerBranch).toList());
        side.addAll(added);
        Comparator<S> byLoad = Comparator.comparingDouble(BranchPoint::load);
        return side.stream().max(lowerBranch ? byLoad : byLoad.reversed()).orElse(null);
    }

    private S nearest(List<S> pts, double load) {
        return pts.stream().min(Comparator.comparingDouble(s -> Math.abs(s.load() - load))).orElse(null);
    }

    private static <S> List<S> tail(List<S> pts) {
        return pts.subList(1, pts.size());
    }

    private boolean isNew(List<S> rows, S s) {
        return rows.stream().noneMatch(r -> r.load() == s.load()
                && r.orderParameters().distance(s.orderParameters()) < SAME);
    }
}
