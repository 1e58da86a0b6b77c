package vcl.experiments.figures;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;
import vcl.experiments.io.Progress;
import vcl.experiments.io.SweepProgress;
import vcl.plots.Series;
import vcl.theory.phase.TransitionBranches;
import vcl.theory.replica.Branch;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * Task-1 theory curves for figures: a sweep over α with both branches, split into the stable
 * pieces (solid; one piece below and one above the first-order transition) and the metastable
 * continuations (dashed). The transition is located wherever the selected branch changes between
 * neighbouring grid loads, and the drawn branches are completed around it ({@link TransitionBranches}:
 * both branches at α_t, each metastable continuation up to its spinodal); values at grid loads
 * come from the grid rows alone.
 */
final class TheoryCurves {

    private final List<Task1Solution> rows;
    private final List<Task1Solution> drawn;
    private final Optional<Double> transition;

    private TheoryCurves(List<Task1Solution> rows, TransitionBranches.Completed<Task1Solution> completed) {
        this.rows = rows;
        List<Task1Solution> all = new java.util.ArrayList<>(rows);
        all.addAll(completed.added());
        this.drawn = List.copyOf(all);
        this.transition = completed.transition();
    }

    /** α = step, 2·step, …, max (decimal arithmetic, max included). */
    static double[] grid(double step, double max) {
        int n = BigDecimal.valueOf(max).divide(BigDecimal.valueOf(step)).intValue();
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(i + 1L)).doubleValue();
        }
        return a;
    }

    /** from, from + step, …, to (decimal arithmetic, both ends included). */
    static double[] range(double from, double to, double step) {
        BigDecimal f = BigDecimal.valueOf(from);
        BigDecimal st = BigDecimal.valueOf(step);
        int n = BigDecimal.valueOf(to).subtract(f).divide(st, java.math.MathContext.DECIMAL64).intValue() + 1;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = f.add(st.multiply(BigDecimal.valueOf(i))).doubleValue();
        }
        return a;
    }

    /** Solves the flat-prior task-1 saddle point over the α grid at β, both branches and the transition. */
    static TheoryCurves task1(double[] alphas, double beta, FigureContext context) {
        return task1(alphas, new Task1Solver(beta), context);
    }

    /** Solves the task-1 saddle point of {@code solver} (any prior) over the α grid, both branches. */
    static TheoryCurves task1(double[] alphas, Task1Solver solver, FigureContext context) {
        Task1Sweep sweep = new Task1Sweep(solver);
        List<Task1Solution> rows;
        long total = SweepProgress.units(alphas);
        try (Progress p = context.progress().start("theory task1", total)) {
            rows = sweep.sweep(alphas, SweepProgress.counting(p, 0));
            p.step(total);
        }
        long bad = rows.stream().filter(s -> !s.converged()).count();
        if (bad > 0) {
            throw new IllegalStateException(bad + " theory points did not converge");
        }
        return new TheoryCurves(rows, new TransitionBranches<>(solver).complete(rows, sweep.transition(rows)));
    }

    Optional<Double> transition() {
        return transition;
    }

    /**
     * The stable-branch value at each requested α (which must be on the grid, or within 1e-9 of a
     * grid point).
     */
    double[] stableAt(double[] alphas, ToDoubleFunction<Task1Solution> value) {
        List<Task1Solution> stable = stable();
        double[] out = new double[alphas.length];
        for (int i = 0; i < alphas.length; i++) {
            double a = alphas[i];
            out[i] = value.applyAsDouble(stable.stream().filter(s -> Math.abs(s.alpha() - a) < 1e-9).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("alpha " + a + " is not on the theory grid")));
        }
        return out;
    }

    /** The stable solution at each α, in α order. */
    List<Task1Solution> stable() {
        return rows.stream().filter(s -> s.branch().stable()).toList();
    }

    /**
     * Line series of one observable as {@link BranchLines} draws a first-order transition: stable
     * branches solid up to α_t, the jump dotted, the metastable continuations dashed; recorded in
     * {@code data}.
     */
    List<Series> branchLines(FigureData data, String panel, String name, ToDoubleFunction<Task1Solution> value,
            Color color) {
        return BranchLines.of(data, panel, name, drawn, transition, value, color);
    }

    /**
     * The value on the poor ({@code poor} true) or good branch at a grid load, stable or metastable,
     * if that branch exists there.
     */
    OptionalDouble branchAt(double alpha, boolean poor, ToDoubleFunction<Task1Solution> value) {
        double t = transition.orElse(Double.POSITIVE_INFINITY);
        return rows.stream().filter(s -> Math.abs(s.alpha() - alpha) < 1e-9)
                .filter(s -> poor ? s.branch().poor() || (s.branch() == Branch.UNIQUE && alpha < t)
                        : s.branch().good() || (s.branch() == Branch.UNIQUE && alpha > t))
                .mapToDouble(value).findFirst();
    }

    /**
     * Why a simulated ε at a grid load may differ from the stable branch, where the two branches
     * say so: a value below the poor branch and above the good one (or where no good branch exists
     * yet) is a run that left the poor branch and landed between the branches. Empty otherwise.
     */
    String reasonAt(double alpha, double simEps) {
        OptionalDouble poor = branchAt(alpha, true, Task1SolutionValues::eps);
        OptionalDouble good = branchAt(alpha, false, Task1SolutionValues::eps);
        if (poor.isPresent() && good.isPresent()) {
            boolean poorStable = transition.isEmpty() || alpha < transition.get();
            double stable = poorStable ? poor.getAsDouble() : good.getAsDouble();
            double meta = poorStable ? good.getAsDouble() : poor.getAsDouble();
            if (Math.abs(simEps - meta) < Math.abs(simEps - stable) && Math.abs(simEps - meta) <= Agreement.TOLERANCE) {
                return String.format(java.util.Locale.ROOT, "the runs stay on the metastable %s branch (eps = %.3f)",
                        poorStable ? "good" : "poor", meta);
            }
        }
        if (poor.isEmpty() || !(simEps < poor.getAsDouble())) {
            return "";
        }
        if (good.isPresent() && !(simEps > good.getAsDouble())) {
            return "";
        }
        String goodText = good.isPresent()
                ? String.format(java.util.Locale.ROOT, ", good branch eps = %.3f", good.getAsDouble())
                : goodStart().map(a -> String.format(java.util.Locale.ROOT, "; the good branch exists only from "
                        + "alpha = %s on", TrajectoryStats.format(a))).orElse("; the theory has no good branch here");
        return String.format(java.util.Locale.ROOT, "the runs leave the poor branch (eps = %.3f%s) towards good "
                + "generalization and land between the branches, not at an equilibrium the theory describes",
                poor.getAsDouble(), goodText);
    }

    /** The smallest grid load with a good-branch solution, if any. */
    private Optional<Double> goodStart() {
        return rows.stream().filter(s -> s.branch().good()).map(Task1Solution::alpha).min(Double::compare);
    }
}
