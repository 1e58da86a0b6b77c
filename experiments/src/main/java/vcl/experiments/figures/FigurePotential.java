package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import vcl.theory.task1.Task1Solver;

/**
 * Beyond the paper: the Franz-Parisi potential of task 1 at β = 20 (flat prior,
 * docs/theory-potential.md): {@code V(d*) − V(d)} around a reference drawn from the
 * good-generalization branch, at loads on both sides of the first-order transition
 * (α_t = 1.65022): below it the good state is metastable, above it stable. The good branch is
 * replica-symmetric stable there; the poor branch is not (its RS potential is not drawn). Zero at
 * d* = q1, the reference's own state. Points whose saddle point did not converge are left out
 * (listed in the parameters).
 */
final class FigurePotential extends PaperFigure {

    /** Overlaps relative to d* = q1. */
    private static final double[] TINY = {-1e-3, 5e-4};
    private static final double[] QUICK = {-0.08, -0.065, -0.05, -0.04, -0.03, -0.02, -0.01, -0.005, -0.002, 5e-4,
        1e-3};
    private static final double[] PAPER = {-0.1, -0.08, -0.06, -0.05, -0.04, -0.03, -0.02, -0.015, -0.01, -0.005,
        -0.002, 5e-4, 1e-3, 1.5e-3};

    FigurePotential() {
        super("potential", "Franz-Parisi potential V(d) of task 1 around a good-branch reference (beta 20, flat prior)",
                "tiny: alpha 1.8, 2 overlaps; quick: alpha 1.55 (metastable) and 1.8 (stable), 11 overlaps from d* - 0.08"
                        + " to d* + 0.001; paper: alpha 1.55, 1.65, 1.8, 2.0, 14 overlaps from d* - 0.1");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double[] alphas = preset.pick(new double[] {1.8}, new double[] {1.55, 1.8}, new double[] {1.55, 1.65, 1.8, 2.0});
        double[] offsets = preset.pick(TINY, QUICK, PAPER);
        Task1Solver task1 = new Task1Solver(20);
        FigureData data = new FigureData();
        List<Series> series = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Map<String, Object> dStar = new LinkedHashMap<>();
        int colour = 0;
        for (double alpha : alphas) {
            double q1 = ReferenceBranch.GOOD.solve(task1, alpha).q();
            // the good state is the stable one where the solution of larger free entropy is it
            boolean goodStable = Math.abs(ReferenceBranch.STABLE.solve(task1, alpha).q() - q1) < 1e-6;
            double[] ds = new double[offsets.length];
            for (int i = 0; i < ds.length; i++) {
                ds[i] = q1 + offsets[i];
            }
            PotentialSpec spec = new PotentialSpec(new double[] {alpha}, 20, ds, Priors.FLAT, null, ReferenceBranch.GOOD,
                    1e-9, 100);
            PotentialSolve.Curve c = PotentialSolve.curves(spec, null).get(0);
            List<double[]> pts = new ArrayList<>();
            pts.add(new double[] {c.reference().q(), 0});
            for (PotentialPoint p : c.points()) {
                if (p.converged()) {
                    pts.add(new double[] {p.d(), c.reference().phi() - p.v()});
                } else {
                    failed.add("alpha " + alpha + ", d " + p.d());
                }
            }
            pts.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] x = pts.stream().mapToDouble(a -> a[0]).toArray();
            double[] y = pts.stream().mapToDouble(a -> a[1]).toArray();
            String state = goodStable ? "stable" : "metastable";
            series.add(data.line("a", String.format(Locale.ROOT, "α = %.2f, good state %s (d* = %.4f)", alpha, state,
                    q1), x, y)
                    .withColor(Palette.color(colour++)));
            dStar.put(Double.toString(alpha), q1);
        }
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("overlap d with the reference"),
                AxisSpec.linear("V(d*) − V(d)"), series.toArray(new Series[0])).withLegend(LegendPosition.AUTO)
                .withCaption("replica-symmetric Franz-Parisi potential of task 1 (flat prior): a second system on the"
                        + " same data constrained to overlap d with a reference from the good branch; d* = q1, where V is")
                .withCaption("the task-1 free entropy; the poor branch is not used as reference: its RS solution is"
                        + " unstable there (α > α_AT = 0.729, docs/theory-potential.md)")
                .withCaption(failed.isEmpty() ? "every point converged"
                        : failed.size() + " point(s) did not converge and are not drawn: " + String.join("; ", failed));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("beta", 20);
        params.put("d_minus_d_star", offsets);
        params.put("d_star", dStar);
        params.put("reference", "good");
        params.put("not_converged", failed);
        String title = "Franz-Parisi potential of task 1, β = 20" + preset.label();
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, OptionalDouble.empty(),
                java.util.Optional.empty());
    }
}
