package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.experiments.io.Progress;
import vcl.experiments.solve.PotentialSolve;
import vcl.experiments.solve.StationarySummary;
import vcl.experiments.spec.PotentialSpec;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LegendPosition;
import vcl.plots.MarkerShape;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.theory.phase.Coexistence;
import vcl.theory.phase.PhaseDiagram;
import vcl.theory.potential.PotentialPoint;
import vcl.theory.potential.ReferenceBranch;
import vcl.theory.potential.StationaryKind;
import vcl.theory.potential.StationaryPoint;
import vcl.theory.prior.Priors;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Beyond the paper: the Franz-Parisi potential of task 1 at β = 20 (flat prior,
 * docs/theory-potential.md) around a reference drawn from the good-generalization branch, which is
 * replica-symmetric stable. Panel (a): {@code V(d*) − V(d)} at loads on both sides of the
 * first-order transition, zero at d* = q1, with its stationary points located: the barrier (a local
 * maximum of the drawn potential) and the secondary minimum, the poor-generalization state seen from
 * the good one. Panel (b): the depth of that secondary minimum against α, the located states on the
 * line {@code Φ_good − Φ_poor} of task 1 (an unconstrained state of the second system is a task-1
 * solution), which crosses zero at α_t and ends at the poor branch's spinodal, and the barriers.
 * Points whose saddle point did not converge are left out and listed.
 */
final class FigurePotential extends PaperFigure {

    private static final double BETA = 20;
    /** Overlaps relative to d* = q1. */
    private static final double[] TINY = {-1e-3, 5e-4};
    private static final double[] NEAR = {-0.01, -0.005, -0.002, 5e-4, 1e-3};
    /** Largest |V − Φ| at a state before the figure says V and task 1 disagree (the quadrature's 2e-8, with room). */
    private static final double MISMATCH = 1e-7;

    FigurePotential() {
        super("potential", "Franz-Parisi potential V(d) of task 1 around a good-branch reference, its barrier and"
                + " secondary minimum (beta 20, flat prior)",
                "tiny: alpha 1.8, 2 overlaps; quick: alpha 1.55 (good state metastable) and 1.8 (stable), overlaps"
                        + " d* - 0.27 ... d* + 0.001 (step 0.03); paper: alpha 1.55, 1.65, 1.8, 1.95, step 0.01");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double[] alphas = preset.pick(new double[] {1.8}, new double[] {1.55, 1.8}, new double[] {1.55, 1.65, 1.8, 1.95});
        double[] offsets = preset.pick(TINY, offsets(0.03, 0.27), offsets(0.01, 0.30));
        Task1Solver task1 = new Task1Solver(BETA);
        List<LoadCurve> loads = new ArrayList<>();
        try (Progress progress = context.progress().start("potential: loads", alphas.length)) {
            for (double alpha : alphas) {
                loads.add(LoadCurve.solve(task1, alpha, offsets, preset != Preset.tiny));
                progress.step(loads.size());
            }
        }
        FigureData data = new FigureData();
        List<Series> curves = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> mismatch = new ArrayList<>();
        Map<String, Object> dStar = new LinkedHashMap<>();
        List<double[]> states = new ArrayList<>();
        List<double[]> barriers = new ArrayList<>();
        List<double[]> statesA = new ArrayList<>();
        List<double[]> barriersA = new ArrayList<>();
        double worst = 0;
        for (LoadCurve c : loads) {
            String state = c.goodStable() ? "stable" : "metastable";
            curves.add(data.line("a", String.format(Locale.ROOT, "α = %.2f, good state %s (d* = %.4f)", c.alpha(),
                    state, c.q1()), column(c.line(), 0), column(c.line(), 1)).withColor(Palette.color(curves.size())));
            dStar.put(Double.toString(c.alpha()), c.q1());
            failed.addAll(c.failed());
            for (LoadCurve.Located s : c.located()) {
                boolean isState = s.kind() == StationaryKind.STATE;
                (isState ? states : barriers).add(new double[] {s.d(), s.depth()});
                (isState ? statesA : barriersA).add(new double[] {c.alpha(), s.depth()});
                if (isState) {
                    worst = Math.max(worst, s.task1Mismatch());
                    if (s.task1Mismatch() > MISMATCH) {
                        mismatch.add(String.format(Locale.ROOT, "alpha %.2f: |V − Φ_{task1}| = %.1e", c.alpha(),
                                s.task1Mismatch()));
                    }
                }
            }
        }
        if (!states.isEmpty()) {
            curves.add(data.points("a", "secondary minimum: the poor state (located: Lagrange field 0)", column(states, 0),
                    column(states, 1)).withMarker(MarkerShape.CIRCLE).withColor(Palette.color(6)));
        }
        if (!barriers.isEmpty()) {
            curves.add(data.points("a", "barrier (located: Lagrange field 0)", column(barriers, 0), column(barriers, 1))
                    .withMarker(MarkerShape.TRIANGLE_UP).withColor(Palette.color(7)));
        }
        String agreement = states.isEmpty() ? "no secondary state in the range drawn"
                : mismatch.isEmpty() ? String.format(Locale.ROOT, "at every located state V equals the free entropy of"
                        + " the task-1 solution it is, within %.0e", worst)
                        : "WARNING, V at a state differs from task 1: " + String.join("; ", mismatch);
        PanelSpec a = PanelSpec.of(AxisSpec.linear("overlap d with the reference"), AxisSpec.linear("V(d*) − V(d)"),
                curves.toArray(new Series[0])).withTag("a").withLegend(LegendPosition.AUTO)
                .withCaption("replica-symmetric Franz-Parisi potential of task 1 (flat prior): a second system on the"
                        + " same data held at overlap d with a reference from the good branch (RS-stable); zero at d*")
                .withCaption("= q1; below zero the second system has found states of larger free entropy than the"
                        + " reference's; " + agreement)
                .withCaption(failed.isEmpty() ? "every point converged"
                        : failed.size() + " point(s) did not converge and are not drawn: " + String.join("; ", failed));
        List<PanelSpec> panels = new ArrayList<>(List.of(a));
        Map<String, Object> params = new LinkedHashMap<>();
        if (preset != Preset.tiny) {
            panels.add(depthPanel(data, statesA, barriersA, params));
        }
        params.put("alpha", alphas);
        params.put("beta", BETA);
        params.put("d_minus_d_star", offsets);
        params.put("d_star", dStar);
        params.put("reference", "good");
        params.put("not_converged", failed);
        params.put("state_mismatch", mismatch);
        String title = "Franz-Parisi potential of task 1 around the good state, β = 20" + preset.label();
        FigureSpec figure = panels.size() == 1 ? FigureSpec.of(a) : FigureSpec.row(panels.toArray(new PanelSpec[0]));
        return new FigureResult(figure.withTitle(title), data, params, OptionalDouble.empty(), Optional.empty());
    }

    /**
     * Panel (b): Φ_good − Φ_poor of task 1 across the coexistence interval (the depth the secondary
     * minimum must have), the located states and barriers on it, and α_t.
     */
    private static PanelSpec depthPanel(FigureData data, List<double[]> states, List<double[]> barriers,
            Map<String, Object> params) {
        Coexistence co = new PhaseDiagram(Task1Solver::new).at(BETA)
                .orElseThrow(() -> new IllegalStateException("no coexistence at beta = " + BETA));
        Task1Solver task1 = new Task1Solver(BETA);
        List<double[]> line = new ArrayList<>();
        double lo = co.alphaGoodEnd();
        double hi = co.alphaPoorBranchEnd();
        int n = 80;
        Task1Solution poor = co.poorAtTransition();
        Task1Solution good = co.goodAtTransition();
        // march both branches away from α_t in each direction, each solution the start of the next
        for (int dir = -1; dir <= 1; dir += 2) {
            Task1Solution p = poor;
            Task1Solution g = good;
            for (int k = 0; k <= n; k++) {
                double alpha = dir < 0 ? co.alphaTransition() - (co.alphaTransition() - lo) * k / n
                        : co.alphaTransition() + (hi - co.alphaTransition()) * k / n;
                p = task1.solve(alpha, p.orderParameters());
                g = task1.solve(alpha, g.orderParameters());
                if (p.converged() && g.converged() && Math.abs(p.q() - g.q()) > 1e-4) {
                    line.add(new double[] {alpha, g.phi() - p.phi()});
                }
            }
        }
        line.sort((x, y) -> Double.compare(x[0], y[0]));
        List<Series> s = new ArrayList<>();
        s.add(data.line("b", "task 1: Φ_{good} − Φ_{poor}, good spinodal to poor spinodal", column(line, 0),
                column(line, 1)).withColor(Palette.color(0)));
        if (!states.isEmpty()) {
            s.add(data.points("b", "secondary minimum of V (located)", column(states, 0), column(states, 1))
                    .withMarker(MarkerShape.CIRCLE).withColor(Palette.color(6)));
        }
        if (!barriers.isEmpty()) {
            s.add(data.points("b", "barrier of V (located)", column(barriers, 0), column(barriers, 1))
                    .withMarker(MarkerShape.TRIANGLE_UP).withColor(Palette.color(7)));
        }
        params.put("alpha_t", co.alphaTransition());
        params.put("good_spinodal", lo);
        params.put("poor_spinodal", hi);
        return PanelSpec.of(AxisSpec.linear("load α"), AxisSpec.linear("V(d*) − V"),
                s.toArray(new Series[0])).withTag("b").withLegend(LegendPosition.AUTO)
                .withMarker(co.alphaTransition(), String.format(Locale.ROOT, "α_t = %.4f", co.alphaTransition()))
                .withCaption("the secondary minimum appears at the poor spinodal (α = " + String.format(Locale.ROOT,
                        "%.4f", hi) + "), crosses zero at α_t and lies below zero down to the good spinodal (" + String
                        .format(Locale.ROOT, "%.4f", lo) + ")")
                .withCaption("RS theory, as in the paper: the poor state is RS-unstable here (α > α_{AT} = 0.729);"
                        + " with 1RSB α_{t} moves to 1.518 (docs/theory-beyond.md)");
    }

    /** d − d*: from −max in steps of step down to −0.015, then the near ones. */
    private static double[] offsets(double step, double max) {
        int n = (int) Math.floor((max - 0.015) / step + 1e-9) + 1;
        double[] out = new double[n + NEAR.length];
        for (int i = 0; i < n; i++) {
            out[i] = -max + i * step;
        }
        System.arraycopy(NEAR, 0, out, n, NEAR.length);
        return out;
    }

    private static double[] column(List<double[]> pts, int k) {
        return pts.stream().mapToDouble(p -> p[k]).toArray();
    }

    /**
     * One load of panel (a): d* = q1 of the good reference, whether the good state is the stable
     * one, the drawn points (d, Φ1 − V) with the located stationary points among them, those points,
     * and what did not converge.
     */
    private record LoadCurve(double alpha, double q1, boolean goodStable, List<double[]> line, List<Located> located,
            List<String> failed) {

        /** A located stationary point: its kind, overlap, Φ1 − V, and |V − Φ| of the task-1 solution it is (states). */
        record Located(StationaryKind kind, double d, double depth, double task1Mismatch) {
        }

        static LoadCurve solve(Task1Solver task1, double alpha, double[] offsets, boolean locate) {
            double q1 = ReferenceBranch.GOOD.solve(task1, alpha).orElseThrow().q();
            // the good state is the stable one where the solution of larger free entropy is it
            boolean goodStable = Math.abs(ReferenceBranch.STABLE.solve(task1, alpha).orElseThrow().q() - q1) < 1e-6;
            double[] ds = new double[offsets.length];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = q1 + offsets[i];
            }
            PotentialSpec spec = new PotentialSpec(new double[] {alpha}, BETA, ds, Priors.FLAT, null,
                    ReferenceBranch.GOOD, 1e-10, 100, false, null, locate);
            PotentialSolve.Curve c = PotentialSolve.curves(spec, null).get(0);
            double phi1 = c.reference().phi();
            List<double[]> line = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            List<Located> located = new ArrayList<>();
            line.add(new double[] {q1, 0});
            for (PotentialPoint p : c.points()) {
                if (p.converged()) {
                    line.add(new double[] {p.d(), phi1 - p.v()});
                } else {
                    failed.add("alpha " + alpha + ", d " + p.d());
                }
            }
            for (StationaryPoint<PotentialPoint> s : c.stationary()) {
                PotentialPoint p = s.point();
                if (!p.converged()) {
                    failed.add("alpha " + alpha + ", the " + s.kind().label() + " near d " + p.d());
                    continue;
                }
                line.add(new double[] {p.d(), phi1 - p.v()});
                double mismatch = s.kind() != StationaryKind.STATE ? 0 : StationarySummary.task1State(task1, alpha, p)
                        .map(t -> Math.abs(t.phi() - p.v())).orElse(Double.POSITIVE_INFINITY);
                located.add(new Located(s.kind(), p.d(), phi1 - p.v(), mismatch));
            }
            line.sort((x, y) -> Double.compare(x[0], y[0]));
            return new LoadCurve(alpha, q1, goodStable, line, located, failed);
        }
    }
}
