package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vcl.experiments.solve.PotentialSolve;
import vcl.experiments.spec.PotentialSpec;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LegendPosition;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.theory.potential.PotentialPoint;
import vcl.theory.potential.ReferenceBranch;
import vcl.theory.prior.Priors;

/**
 * Beyond the paper: the Franz-Parisi potential of task 1 at β = 20 (flat prior,
 * docs/theory-potential.md). For loads on both sides of the first-order transition
 * (α_t = 1.65022) the curve {@code V(d*) − V(d)} around a reference drawn from the stable task-1
 * solution (the poor branch below α_t, the good one above): zero at d* = q1, the reference's own
 * state. Points whose saddle point did not converge are left out (listed in the parameters).
 */
final class FigurePotential extends PaperFigure {

    FigurePotential() {
        super("potential", "Franz-Parisi potential V(d) of task 1 around a stable reference (beta 20, flat prior)",
                "tiny: alpha 1.8, 2 overlaps near d*; quick: alpha 1.3, 1.8, d = 0.8..0.96 and 0.97;"
                        + " paper: alpha 1.3, 1.55, 1.65, 1.8, d = 0.6..0.96 and 0.97");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double[] alphas = preset.pick(new double[] {1.8}, new double[] {1.3, 1.8}, new double[] {1.3, 1.55, 1.65, 1.8});
        double[] ds = preset.pick(new double[] {0.9695, 0.9705}, grid(0.8, 0.96, 0.02, 0.97),
                grid(0.6, 0.96, 0.02, 0.97));
        PotentialSpec spec = new PotentialSpec(alphas, 20, ds, Priors.FLAT, null, ReferenceBranch.STABLE, 1e-9, 200);
        FigureData data = new FigureData();
        List<Series> series = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int colour = 0;
        for (PotentialSolve.Curve c : PotentialSolve.curves(spec, null)) {
            List<double[]> pts = new ArrayList<>();
            pts.add(new double[] {c.reference().q(), 0});
            for (PotentialPoint p : c.points()) {
                if (p.converged()) {
                    pts.add(new double[] {p.d(), c.reference().phi() - p.v()});
                } else {
                    failed.add("alpha " + c.alpha() + ", d " + p.d());
                }
            }
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] x = pts.stream().mapToDouble(a -> a[0]).toArray();
            double[] y = pts.stream().mapToDouble(a -> a[1]).toArray();
            String side = c.alpha() < 1.65022 ? "below" : "above";
            series.add(data.line("a", String.format("α = %.2f (%s α_t; d* = q1 = %.3f)", c.alpha(), side,
                    c.reference().q()), x, y).withColor(Palette.color(colour++)));
        }
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("overlap d with the reference"),
                AxisSpec.linear("V(d*) − V(d)"), series.toArray(new Series[0])).withLegend(LegendPosition.TOP_RIGHT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("beta", 20);
        params.put("d", ds);
        params.put("reference", "stable");
        params.put("not_converged", failed);
        String title = "Franz-Parisi potential of task 1, β = 20" + preset.label();
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, OptionalDouble.empty(),
                java.util.Optional.empty());
    }

    private static double[] grid(double lo, double hi, double step, double extra) {
        int n = (int) Math.round((hi - lo) / step) + 1;
        double[] g = new double[n + 1];
        g[n] = extra;
        for (int i = 0; i < n; i++) {
            g[i] = Math.round((lo + i * step) * 1e6) / 1e6;
        }
        return g;
    }
}
