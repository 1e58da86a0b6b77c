package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import vcl.experiments.io.Progress;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.replica.QuadratureSettings;

/**
 * Task-2 (Franz-Parisi) theory for figures: sweeps over α2 by continuation at fixed γ, one per r0,
 * around the stable flat-prior task-1 solution at α1. Points that did not converge are left out of
 * the curves and counted.
 */
final class Task2Theory {

    /** Solver tolerance on the saddle-point residual. */
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 500;

    /** One r0: the converged solutions in α2 order and the α2 that failed. */
    record Curve(double r0, List<Task2Solution> rows, List<Double> failed) {

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
        try (Progress p = context.progress().start("theory task2", r0s.length * vcl.experiments.io.SweepProgress.units(grid))) {
            Task2Sweep sweep = new Task2Sweep(solver);
            int[] done = new int[1];
            for (double r0 : r0s) {
                List<Task2Solution> rows = sweep.overAlpha2(grid, gamma, r0, k -> p.step(++done[0]));
                out.add(new Curve(r0, rows.stream().filter(Task2Solution::converged).toList(),
                        rows.stream().filter(s -> !s.converged()).map(Task2Solution::alpha2).toList()));
            }
        }
        return out;
    }
}
