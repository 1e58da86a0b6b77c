package vcl.experiments.figures;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import vcl.experiments.io.Progress;
import vcl.plots.LineSeries;
import vcl.plots.Series;
import vcl.theory.replica.Branch;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * Task-1 theory curves for figures: a sweep over α with both branches, split into the stable
 * pieces (solid; one piece below and one above the first-order transition) and the metastable
 * continuations (dashed).
 */
final class TheoryCurves {

    private final List<Task1Solution> rows;
    private final Optional<Double> transition;

    private TheoryCurves(List<Task1Solution> rows, Optional<Double> transition) {
        this.rows = rows;
        this.transition = transition;
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
        try (Progress p = context.progress().start("theory task1", 2L * alphas.length)) {
            int[] done = new int[1];
            rows = sweep.sweep(alphas, k -> p.step(++done[0]));
        }
        long bad = rows.stream().filter(s -> !s.converged()).count();
        if (bad > 0) {
            throw new IllegalStateException(bad + " theory points did not converge");
        }
        return new TheoryCurves(rows, sweep.transition(rows));
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
     * Line series of one observable: the stable curve (named, solid; split at the transition) and
     * the metastable continuations (unnamed, dashed), each recorded in {@code data}.
     */
    List<Series> branchLines(FigureData data, String panel, String name, ToDoubleFunction<Task1Solution> value,
            Color color) {
        List<Series> out = new ArrayList<>();
        List<Task1Solution> stable = stable();
        double cut = transition.orElse(Double.POSITIVE_INFINITY);
        List<Task1Solution> below = stable.stream().filter(s -> s.alpha() < cut).toList();
        List<Task1Solution> above = stable.stream().filter(s -> s.alpha() >= cut).toList();
        addLine(out, data, panel, name, below, value, color, false);
        addLine(out, data, panel, name + " (above α_t)", above, value, color, false);
        for (Branch b : new Branch[] {Branch.POOR_METASTABLE,
            Branch.GOOD_METASTABLE}) {
            List<Task1Solution> meta = rows.stream().filter(s -> s.branch() == b).toList();
            addLine(out, data, panel, name + " (" + b.label() + ")", meta, value, color, true);
        }
        return out;
    }

    private static void addLine(List<Series> out, FigureData data, String panel, String name,
            List<Task1Solution> pts, ToDoubleFunction<Task1Solution> value, Color color, boolean dashed) {
        if (pts.size() < 2) {
            return;
        }
        double[] x = pts.stream().mapToDouble(Task1Solution::alpha).toArray();
        double[] y = pts.stream().mapToDouble(value).toArray();
        LineSeries line = data.line(panel, name, x, y).withColor(color);
        boolean legend = out.isEmpty();
        line = new LineSeries(legend ? name : "", line.x(), line.y(), dashed ? line.dashed().style() : line.style(), color);
        out.add(line);
    }
}
