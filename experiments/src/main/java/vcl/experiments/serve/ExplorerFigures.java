package vcl.experiments.serve;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vcl.experiments.spec.SolverSettings;
import vcl.experiments.spec.Task1SolveSpec;
import vcl.experiments.spec.Task2SolveSpec;
import vcl.plots.AxisSpec;
import vcl.plots.FigureExporter;
import vcl.plots.FigureSpec;
import vcl.plots.LegendPosition;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.franzparisi.Task2Solver;
import vcl.theory.franzparisi.Task2Sweep;
import vcl.theory.prior.PriorKind;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;
import vcl.theory.task1.Task1Sweep;

/**
 * The explorer's two figures as SVG text, each cached per parameter set: task 1 (q, r, q*, p and
 * ε against α, both branches, the transition marked) and task 2 (ε¹ and ε² against α2 around the
 * task-1 reference at α1, both branches, the transition marked). The task-2 reference density is
 * cached too, so moving γ or r0 costs one α2 sweep.
 */
public final class ExplorerFigures {

    /** The explorer draws, it does not tabulate: 1e-8 on the residual is far below a pixel. */
    public static final SolverSettings SOLVER = new SolverSettings(1e-8, 400, true);
    /**
     * A coarser quadrature than the default (8 Gauss-Legendre points per panel instead of 12): about
     * half the cost, transitions within 1e-6 of the default rule's (a test checks it); a sweep on it
     * that fails falls back to the default rule.
     */
    public static final QuadratureSettings DRAFT = new QuadratureSettings(8, 3.0, 8.0, 26.0, 8.0);
    private static final double PANEL_WIDTH = 820;
    private static final double PANEL_HEIGHT = 580;

    private final ResultCache<String> task1 = new ResultCache<>(256);
    private final ResultCache<String> task2 = new ResultCache<>(256);
    private final ResultCache<ReferenceDensity> references = new ResultCache<>(32);

    /** The task-1 figure as an SVG document. */
    public String task1Svg(ExplorerRequest request) {
        return task1.get(request.task1Key(), () -> inline(task1Figure(request)));
    }

    /** The task-2 figure as an SVG document. */
    public String task2Svg(ExplorerRequest request) {
        return task2.get(request.task2Key(), () -> inline(task2Figure(request)));
    }

    /** Requests answered from the caches of the two figures. */
    public long cacheHits() {
        return task1.hits() + task2.hits();
    }

    /** Requests that solved a figure. */
    public long cacheMisses() {
        return task1.misses() + task2.misses();
    }

    /** Task 1: the order parameters, p and ε over the load range. */
    FigureSpec task1Figure(ExplorerRequest request) {
        Task1SolveSpec spec = request.task1(SOLVER);
        Sweep<Task1Solution> sweep = draftFirst(q -> task1Sweep(spec, q));
        List<Task1Solution> rows = sweep.rows();
        Optional<Double> transition = sweep.transition();
        List<Series> series = new ArrayList<>();
        series.addAll(BranchLines.of(rows, transition, "q", Task1Solution::q, Palette.BLUE));
        series.addAll(BranchLines.of(rows, transition, "r", Task1Solution::r, Palette.VERMILLION));
        series.addAll(BranchLines.of(rows, transition, "q^*", Task1Solution::qStar, Palette.BLUISH_GREEN));
        series.addAll(BranchLines.of(rows, transition, "p", Task1Solution::p, Palette.ORANGE));
        series.addAll(BranchLines.of(rows, transition, "ε_g", Task1Solution::epsG, Palette.BLACK));
        PanelSpec panel = panel(request, "α", "order parameters, ε_g", 1.02, series);
        if (transition.isPresent()) {
            panel = panel.withMarker(transition.get(), String.format(Locale.ROOT, "α_t = %.3f", transition.get()));
        }
        String title = String.format(Locale.ROOT, "task 1: β = %s, %s prior%s%s", fmt(spec.beta()), spec.prior().label(),
                spec.prior().takesStrength() ? ", k = " + fmt(spec.strength()) : "", unconverged(sweep.unconverged()));
        return figure(panel, title);
    }

    /** Task 2: the errors on both teachers over the load range of α2. */
    FigureSpec task2Figure(ExplorerRequest request) {
        Task2SolveSpec spec = request.task2(SOLVER);
        Sweep<Task2Solution> sweep = draftFirst(q -> task2Sweep(request, spec, q));
        List<Task2Solution> rows = sweep.rows();
        Optional<Double> transition = sweep.transition();
        List<Series> series = new ArrayList<>();
        series.addAll(BranchLines.of(rows, transition, "ε_g^1 (task 1)", Task2Solution::epsG1, Palette.BLUE));
        series.addAll(BranchLines.of(rows, transition, "ε_g^2 (task 2)", Task2Solution::epsG2, Palette.VERMILLION));
        PanelSpec panel = panel(request, "α_2", "ε_g", 0.52, series).withLegend(LegendPosition.BOTTOM_LEFT);
        if (transition.isPresent()) {
            panel = panel.withMarker(transition.get(), String.format(Locale.ROOT, "α_2^t = %.3f", transition.get()));
        }
        String title = String.format(Locale.ROOT, "task 2: α_1 = %s, γ = %s, r_0 = %s%s", fmt(spec.alpha1()),
                fmt(spec.gamma()), fmt(request.r0()), unconverged(sweep.unconverged()));
        return figure(panel, title);
    }

    /** A sweep's rows (both branches) and its first-order transition. */
    record Sweep<S extends BranchPoint<S>>(List<S> rows, Optional<Double> transition) {

        long unconverged() {
            return rows.stream().filter(s -> !s.converged()).count();
        }
    }

    /**
     * The sweep on the {@link #DRAFT} quadrature; on the default one if the draft fails or leaves a
     * point unconverged.
     */
    static <S extends BranchPoint<S>> Sweep<S> draftFirst(Function<QuadratureSettings, Sweep<S>> solve) {
        try {
            Sweep<S> draft = solve.apply(DRAFT);
            if (draft.unconverged() == 0) {
                return draft;
            }
        } catch (IllegalArgumentException e) {
            // the coarse rule left the physical region: the default rule decides
        }
        return solve.apply(QuadratureSettings.DEFAULT);
    }

    static Sweep<Task1Solution> task1Sweep(Task1SolveSpec spec, QuadratureSettings quadrature) {
        SingleSiteMeasure measure = spec.prior().measure(spec.beta(), spec.strength());
        Task1Sweep sweep = new Task1Sweep(new Task1Solver(spec.beta(), measure, Double.NaN, quadrature,
                SOLVER.tolerance(), SOLVER.maxIterations(), true));
        List<Task1Solution> rows = sweep.sweep(spec.alpha(), null);
        return new Sweep<>(rows, sweep.transition(rows));
    }

    private Sweep<Task2Solution> task2Sweep(ExplorerRequest request, Task2SolveSpec spec, QuadratureSettings quadrature) {
        ReferenceDensity reference = references.get(request.referenceKey() + "|" + quadrature,
                () -> reference(request, quadrature));
        Task2Sweep sweep = new Task2Sweep(new Task2Solver(spec.alpha1(), spec.beta(), reference, quadrature,
                SOLVER.tolerance(), SOLVER.maxIterations(), true));
        List<Task2Solution> rows = sweep.branches(spec.alpha2(), spec.gamma(), spec.r0()[0], null);
        return new Sweep<>(rows, sweep.transition(rows));
    }

    private static ReferenceDensity reference(ExplorerRequest request, QuadratureSettings quadrature) {
        PriorKind prior = request.prior();
        SingleSiteMeasure measure = prior.measure(request.beta(), request.strength());
        Task1Solution task1 = Task2Solver.task1(request.alpha1(), request.beta(), measure, quadrature);
        return ReferenceDensity.of(task1, measure, quadrature);
    }

    /**
     * The SVG to put inside the page: without the XML declaration, and with a view box so that it
     * scales to the width the page gives it.
     */
    static String inline(FigureSpec figure) {
        String svg = FigureExporter.toSvg(figure);
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IllegalStateException("the exporter gave no <svg> element");
        }
        return "<svg viewBox=\"0 0 " + Math.round(figure.width()) + " " + Math.round(figure.height())
                + "\" preserveAspectRatio=\"xMidYMin meet\"" + svg.substring(start + 4);
    }

    private static PanelSpec panel(ExplorerRequest request, String x, String y, double yMax, List<Series> series) {
        if (series.isEmpty()) {
            throw new IllegalStateException("no point of the sweep converged");
        }
        return PanelSpec.of(AxisSpec.linear(x).range(request.alphaMin(), request.alphaMax()),
                AxisSpec.linear(y).range(0, yMax), series.toArray(new Series[0]));
    }

    private static FigureSpec figure(PanelSpec panel, String title) {
        return FigureSpec.of(panel).withPanelSize(PANEL_WIDTH, PANEL_HEIGHT).withTitle(title);
    }

    private static String unconverged(long count) {
        return count == 0 ? "" : " — " + count + " points did not converge";
    }

    private static String fmt(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
