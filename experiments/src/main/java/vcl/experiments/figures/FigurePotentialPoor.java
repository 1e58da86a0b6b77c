package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.experiments.solve.RsbPotentialSolve;
import vcl.experiments.spec.PotentialSpec;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LegendPosition;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.MarkerShape;
import vcl.plots.Palette;
import vcl.plots.PanelSpec;
import vcl.plots.Series;
import vcl.theory.potential.ReferenceBranch;
import vcl.theory.potential.RsbPotentialModel;
import vcl.theory.potential.RsbPotentialPoint;
import vcl.theory.prior.Priors;
import vcl.theory.rsb.RsbSolution;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Beyond the paper: the Franz-Parisi potential of task 1 around a reference drawn from the
 * one-step RSB (1RSB) poor branch at β = 20 (flat prior, static Parisi x*, docs/theory-potential.md
 * section 10): {@code V(q1) − V(d)} at loads below the good spinodal (1.4989), between it and the
 * 1RSB first-order transition (α_t = 1.5180; RS: 1.6502) and above it (the 1RSB poor branch ends
 * at its fold 1.5315). Zero at d = q1, the reference's own state (V taken from the solved point there, on
 * the same quadrature). Points whose saddle point did not converge are left out (listed in the
 * caption and the parameters).
 */
final class FigurePotentialPoor extends PaperFigure {

    /** Overlaps relative to q1. */
    private static final double[] TINY = {0, -0.002};
    private static final double[] QUICK = {0, -0.005, -0.015, -0.03};
    private static final double[] PAPER = {0, -0.002, -0.005, -0.01, -0.015, -0.02, -0.03, -0.04, -0.05, -0.06};

    FigurePotentialPoor() {
        super("potential-poor", "Franz-Parisi potential V(d) of task 1 around a 1RSB poor-branch reference (beta 20)",
                "tiny (a smoke test near the AT point): alpha 0.8, 2 overlaps; quick: alpha 1.45, 1.51, 1.522, 4 overlaps from q1 to q1 - 0.03;"
                        + " paper: the same loads, 10 overlaps to q1 - 0.06");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double[] alphas = preset.pick(new double[] {0.8}, new double[] {1.45, 1.51, 1.522},
                new double[] {1.45, 1.51, 1.522});
        double[] offsets = preset.pick(TINY, QUICK, PAPER);
        int blockPoints = preset.pick(8, 8, RsbPotentialModel.BLOCK_POINTS);
        PotentialSpec refSpec = new PotentialSpec(alphas, 20, new double[] {0.5}, Priors.FLAT, null,
                ReferenceBranch.POOR, 1e-9, 60, true, null);
        List<RsbSolution> refs = RsbPotentialSolve.references(refSpec);
        FigureData data = new FigureData();
        List<Series> series = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, Object> references = new LinkedHashMap<>();
        int colour = 0;
        boolean anyFromPhi = false;
        List<double[]> states = new ArrayList<>();
        double worst = 0;
        Task1Solver task1 = new Task1Solver(20);
        for (RsbSolution ref : refs) {
            double alpha = ref.state().alpha();
            double q1 = ref.state().q1();
            double[] ds = new double[offsets.length];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = q1 + offsets[i];
            }
            RsbPotentialSolve.Curve c = RsbPotentialSolve.curve(ref, ds, 1e-9, 60, blockPoints);
            double vStar = Double.NaN;
            for (RsbPotentialPoint p : c.points()) {
                if (p.converged() && p.d() == q1) {
                    vStar = p.v();
                }
            }
            // V(q1) from the solved point; if it did not converge, the reference's Φ (equal at x* up to the
            // quadrature's offset, docs section 10)
            boolean fromPhi = !Double.isFinite(vStar);
            anyFromPhi |= fromPhi;
            if (fromPhi) {
                vStar = ref.phi();
            }
            List<double[]> pts = new ArrayList<>();
            for (RsbPotentialPoint p : c.points()) {
                if (p.converged()) {
                    pts.add(new double[] {p.d(), vStar - p.v()});
                } else {
                    failed.add(String.format(Locale.ROOT, "alpha %.3f, d %.5f", alpha, p.d()));
                }
            }
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] x = pts.stream().mapToDouble(a -> a[0]).toArray();
            double[] y = pts.stream().mapToDouble(a -> a[1]).toArray();
            if (x.length == 0) {
                continue;
            }
            series.add(data.line("a", String.format(Locale.ROOT, "α = %.3f (x* = %.3f%s)", alpha,
                    ref.state().x(), fromPhi ? ", V(q1) := Φ" : ""), x, y).withColor(Palette.color(colour++)));
            Map<String, Object> r = new LinkedHashMap<>();
            Optional<Task1Solution> good = ReferenceBranch.GOOD.solve(task1, alpha);
            if (good.isPresent()) {
                RsbPotentialPoint s = RsbPotentialSolve.state(ref, good.get(), 1e-10, 100, blockPoints);
                if (s.converged()) {
                    states.add(new double[] {s.d(), vStar - s.v()});
                    series.add(data.points("a", String.format(Locale.ROOT, "α = %.3f: the good state (V = Φ of task 1's"
                            + " good branch)", alpha), new double[] {s.d()}, new double[] {vStar - s.v()})
                            .withMarker(MarkerShape.CIRCLE).withColor(Palette.color(colour - 1)));
                    r.put("good_state_d", s.d());
                    r.put("good_state_v_minus_phi_good", s.v() - good.get().phi());
                    worst = Math.max(worst, Math.abs(s.v() - good.get().phi()));
                } else {
                    failed.add(String.format(Locale.ROOT, "alpha %.3f, the good state", alpha));
                }
            } else {
                r.put("good_state", "none: the good branch ends at 1.4989, above this load");
            }
            r.put("x", ref.state().x());
            r.put("q0", ref.state().q0());
            r.put("q1", q1);
            r.put("phi", ref.phi());
            r.put("v_at_q1", vStar);
            references.put(Double.toString(alpha), r);
        }
        if (series.isEmpty()) {
            // nothing to draw: the figure still renders, and its legend and caption say why
            double q1 = refs.get(0).state().q1();
            series.add(LineSeries.keyOnly("no point converged (see the caption)", LineStyle.DOTTED, Palette.BLACK, q1, 0));
        }
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("overlap d with the reference"),
                AxisSpec.linear("V(q1) − V(d)"), series.toArray(new Series[0])).withLegend(LegendPosition.AUTO)
                .withCaption("Franz-Parisi potential of task 1 (flat prior) around a reference from the 1RSB poor branch"
                        + " at the static Parisi x*; the constrained system replica symmetric; V(q1) its value at d = q1")
                .withCaption("loads against the thresholds of `vcl solve phase` and `vcl solve rsb --transition`: good spinodal"
                        + " 1.4989, 1RSB transition α_t = 1.5180 (RS: 1.6502), 1RSB poor branch ends at a fold at 1.5315")
                .withCaption(anyFromPhi ? "V(q1) := Φ: the in-block point did not converge, so that curve is measured from"
                        + " the reference's Φ (equal at x* up to the quadrature's offset)" : "V(q1) solved at d = q1 for every load")
                .withCaption("caveat: the constrained system is replica symmetric; below q1 its V rises above the reference's"
                        + " Φ (V(q1) − V(d) < 0), which the exact potential cannot do; the curves are not the landscape there")
                .withCaption(states.isEmpty() ? "no good state at these loads (the good branch ends at 1.4989)"
                        : String.format(Locale.ROOT, "dots: the good state, located with no field on d (RS-stable, so exact"
                        + " in RS): the secondary minimum, above zero below α_t = 1.5180, below zero above it; |V − Φ_good|"
                        + " ≤ %.0e", worst))
                .withCaption(failed.isEmpty() ? "every point converged"
                        : failed.size() + " point(s) did not converge and are not drawn: " + String.join("; ", failed));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("beta", 20);
        params.put("d_minus_q1", offsets);
        params.put("block_points", blockPoints);
        params.put("references", references);
        params.put("reference", "poor-1rsb, static x*");
        params.put("not_converged", failed);
        String title = "V(d) around the 1RSB poor branch, β = 20" + preset.label();
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, OptionalDouble.empty(),
                java.util.Optional.empty());
    }
}
