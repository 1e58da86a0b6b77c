package vcl.experiments.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LegendPosition;
import vcl.plots.MarkerShape;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.theory.gibbs.GibbsSolution;
import vcl.theory.gibbs.GibbsSolver;
import vcl.theory.gibbs.GibbsSweep;
import vcl.theory.gibbs.OverlapChart;
import vcl.theory.gibbs.Thresholds;
import vcl.theory.replica.SweepMonitor;

/**
 * Beyond the paper: Gibbs learning of the binary teacher-student perceptron (docs/theory-gibbs.md).
 * (a) The generalization error ε_g = arccos(R)/π against α: the poor branch (R &lt; 1) solid up to the
 * first-order transition α_t, then dashed (metastable) to its spinodal α_sp (a marker), the perfect
 * state ε_g = 0 dashed below α_t, solid above, the jump dotted; at zero temperature and at T = 0.5.
 * (b) The free entropy (the entropy of the version space at T = 0) of the poor branch, crossing that
 * of the perfect state, 0, at α_t.
 */
final class FigureGibbs extends PaperFigure {

    FigureGibbs() {
        super("gibbs", "Gibbs learning of the binary perceptron: the jump to perfect generalization (T = 0 and 0.5)",
                "tiny: T = 0, alpha step 0.1; quick: T = 0 and 0.5, step 0.02; paper: step 0.005");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double[] temperatures = preset.pick(new double[] {0}, new double[] {0, 0.5}, new double[] {0, 0.5});
        double step = preset.pick(0.1, 0.02, 0.005);
        int n = (int) Math.round(2.4 / step);
        double[] alphas = new double[n];
        for (int i = 0; i < n; i++) {
            alphas[i] = step * (i + 1);
        }
        FigureData data = new FigureData();
        List<Series> eps = new ArrayList<>();
        List<Series> phi = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("temperature", temperatures);
        params.put("alpha", alphas);
        List<Double> alphaT = new ArrayList<>();
        List<Double> alphaSp = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (int k = 0; k < temperatures.length; k++) {
            double temperature = temperatures[k];
            GibbsSweep sweep = new GibbsSweep(new GibbsSolver(temperature == 0 ? Double.POSITIVE_INFINITY
                    : 1 / temperature));
            List<GibbsSolution> rows = sweep.sweep(alphas, null, SweepMonitor.NONE);
            rows.stream().filter(r -> !r.converged())
                    .forEach(r -> failed.add(name(temperature) + " at α = " + r.alpha()));
            Thresholds.Result t = sweep.thresholds();
            Optional<Double> transition = t.transition().map(OverlapChart.Point::alpha);
            String name = name(temperature);
            Color color = Palette.color(k);
            eps.addAll(BranchLines.of(data, "a", name, rows, transition, GibbsSolution::epsG, color));
            phi.addAll(BranchLines.of(data, "b", name, rows, transition, GibbsSolution::phi, color));
            OverlapChart.Point sp = t.spinodal();
            eps.add(data.points("a", "spinodal α_{sp}, " + name, new double[] {sp.alpha()},
                    new double[] {Math.acos(sp.r()) / Math.PI}).withMarker(MarkerShape.CIRCLE).withColor(color));
            phi.add(data.points("b", "spinodal α_{sp}, " + name, new double[] {sp.alpha()}, new double[] {sp.phi()})
                    .withMarker(MarkerShape.CIRCLE).withColor(color));
            alphaT.add(transition.orElse(Double.NaN));
            alphaSp.add(sp.alpha());
            names.add(name);
        }
        params.put("alpha_t", alphaT.stream().mapToDouble(Double::doubleValue).toArray());
        params.put("not_converged", failed);
        params.put("alpha_sp", alphaSp.stream().mapToDouble(Double::doubleValue).toArray());
        String lines = "replica theory, RS; solid: stable (larger φ), dashed: metastable, dotted: the first-order"
                + " jump at α_t; the perfect state R = 1 (ε_g = 0, φ = 0) is the same line at every T";
        String where = "α_t = " + joined(alphaT) + ", spinodals at α = " + joined(alphaSp) + " (" + String.join(", ",
                names) + ")";
        PanelSpec a = PanelSpec.of(AxisSpec.linear("α"), AxisSpec.linear("ε_g").range(-0.02, 0.52),
                eps.toArray(new Series[0])).withLegend(LegendPosition.TOP_RIGHT).withTag("a").withCaption(lines)
                .withCaption(where)
                .withCaption(failed.isEmpty() ? "every point converged"
                        : failed.size() + " point(s) did not converge and are not drawn: " + String.join("; ", failed));
        PanelSpec b = PanelSpec.of(AxisSpec.linear("α"), AxisSpec.linear("free entropy φ"),
                phi.toArray(new Series[0])).withLegend(LegendPosition.TOP_RIGHT).withTag("b").withCaption(lines)
                .withCaption("at T = 0 φ is the entropy of the version space; the R < 1 branch crosses 0 at α_t");
        String title = "Gibbs learning of the binary perceptron" + preset.label();
        return new FigureResult(FigureSpec.row(a, b).withTitle(title), data, params, OptionalDouble.empty());
    }

    private static String name(double temperature) {
        return temperature == 0 ? "T = 0" : String.format(Locale.ROOT, "T = %.2g", temperature);
    }

    private static String joined(List<Double> values) {
        return String.join(", ", values.stream().map(v -> String.format(Locale.ROOT, "%.5f", v)).toList());
    }
}
