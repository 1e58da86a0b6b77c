package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.experiments.io.Progress;
import vcl.theory.franzparisi.Task2Coupling;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.experiments.io.SweepProgress;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.phase.TransitionBranches;
import vcl.theory.replica.QuadratureSettings;

/**
 * Task-2 (Franz-Parisi) theory for figures: sweeps over α2 by continuation at fixed γ, one per r0,
 * around the stable flat-prior task-1 solution at α1. Points that did not converge are left out of
 * the curves and counted. The transition is located wherever the selected branch changes between
 * neighbouring grid loads, and the branches are completed around it for drawing
 * ({@link TransitionBranches}).
 */
final class Task2Theory {

    /** Solver tolerance on the saddle-point residual. */
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 500;

    /**
     * One r0: the converged stable solutions in α2 order, the α2 that failed, every converged row of
     * both branches with the points that complete them around the transition (both branches at
     * α2_t, their continuations into a grid interval and up to their spinodals; in α2 order), and
     * the first-order transition if the selected branch changes.
     */
    record Curve(double r0, List<Task2Solution> rows, List<Double> failed, List<Task2Solution> branches,
            Optional<Double> transition) {

        /** A curve of stable rows only, without branch information. */
        Curve(double r0, List<Task2Solution> rows, List<Double> failed) {
            this(r0, rows, failed, rows, Optional.empty());
        }

        double[] alpha2() {
            return rows.stream().mapToDouble(Task2Solution::alpha2).toArray();
        }

        double[] values(Task2Observable o) {
            return rows.stream().mapToDouble(o::of).toArray();
        }

        /** The value at α2 if that point converged. */
        OptionalDouble at(double alpha2, Task2Observable o) {
            return rows.stream().filter(s -> Math.abs(s.alpha2() - alpha2) < 1e-12).mapToDouble(o::of).findFirst();
        }
    }

    private Task2Theory() {
    }

    /** The solver around task 1 at (α1, β), built once per process (its reference density is shared). */
    static Task2Solver solver(double alpha1, double beta) {
        return Memo.get("task2-solver|" + alpha1 + "|" + beta,
                () -> Task2Solver.around(alpha1, beta, QuadratureSettings.DEFAULT, TOLERANCE, MAX_ITERATIONS));
    }

    /** Curves over α2 (sorted, duplicates removed) for each r0 at γ, around the flat-prior task 1. */
    static List<Curve> overAlpha2(double alpha1, double beta, double gamma, double[] r0s, double[] alpha2s,
            FigureContext context) {
        return overAlpha2(solver(alpha1, beta), gamma, r0s, alpha2s, context);
    }

    /** Curves over α2 (sorted, duplicates removed) for each r0 at γ, around the given solver's reference. */
    static List<Curve> overAlpha2(Task2Solver solver, double gamma, double[] r0s, double[] alpha2s,
            FigureContext context) {
        double[] grid = Arrays.stream(alpha2s).distinct().sorted().toArray();
        List<Curve> out = new ArrayList<>();
        long perLine = SweepProgress.units(grid);
        try (Progress p = context.progress().start("theory task2", r0s.length * perLine)) {
            Task2Sweep sweep = new Task2Sweep(solver);
            long before = 0;
            for (double r0 : r0s) {
                List<Task2Solution> all = sweep.branches(grid, gamma, r0, SweepProgress.counting(p, before));
                before += perLine;
                p.step(before);
                List<Task2Solution> rows = all.stream().filter(s -> s.branch().stable()).toList();
                List<Task2Solution> converged = all.stream().filter(Task2Solution::converged).toList();
                TransitionBranches.Completed<Task2Solution> completed = complete(solver, gamma, r0, converged,
                        sweep.transition(converged));
                out.add(new Curve(r0, rows.stream().filter(Task2Solution::converged).toList(),
                        rows.stream().filter(s -> !s.converged()).map(Task2Solution::alpha2).toList(),
                        withAdded(converged, completed), completed.transition()));
            }
        }
        return out;
    }

    /** The transition of one r0's converged rows and the points that complete the branches around it. */
    static TransitionBranches.Completed<Task2Solution> complete(Task2Solver solver, double gamma, double r0,
            List<Task2Solution> converged, Optional<Double> onTheGrid) {
        return new TransitionBranches<>(solver.alongAlpha2(new Task2Coupling(gamma, r0))).complete(converged, onTheGrid);
    }

    /** The rows and the added points, in α2 order (poor before good at one α2). */
    static List<Task2Solution> withAdded(List<Task2Solution> rows, TransitionBranches.Completed<Task2Solution> c) {
        List<Task2Solution> all = new ArrayList<>(rows);
        all.addAll(c.added());
        all.sort(java.util.Comparator.comparingDouble(Task2Solution::alpha2));
        return List.copyOf(all);
    }
}
