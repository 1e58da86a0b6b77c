package vcl.experiments.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.theory.task1.Task1Solution;

/** Figure 2a: the task-1 order parameters q, r, q* against α at β = 20, both branches. */
final class Figure2a extends PaperFigure {

    Figure2a() {
        super("2a",
                "task-1 order parameters q, r, q* vs alpha (replica theory, beta = 20)",
                "quick: alpha 0.02..2 step 0.02 (100 points); paper: alpha 0.01..2 step 0.01 (200 points)");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double step = preset.pick(0.1, 0.02, 0.01);
        double beta = 20;
        TheoryCurves curves = TheoryCurves.task1(TheoryCurves.grid(step, 2.0), beta, context);
        FigureData data = new FigureData();
        List<Series> series = new java.util.ArrayList<>();
        String[] names = {"q", "r", "q^*"};
        java.awt.Color[] colors = {Palette.BLUE, Palette.VERMILLION, Palette.BLUISH_GREEN};
        for (int k = 0; k < 3; k++) {
            int kk = k;
            series.addAll(curves.branchLines(data, "a", names[k], s -> value(s, kk), colors[k]));
        }
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("α").range(0, 2), AxisSpec.linear("order parameters").range(0, 1.02),
                series.toArray(new Series[0]))
                .withCaption("solid: stable branch; dashed: metastable, continued to its spinodal; dotted: the "
                        + "jump at the transition α_t");
        Optional<Double> t = curves.transition();
        if (t.isPresent()) {
            panel = panel.withMarker(t.get(), "α_t");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("beta", beta);
        params.put("alpha_step", step);
        params.put("prior", "flat");
        params.put("transition_alpha", t.orElse(null));
        String title = "Fig. 2a" + preset.label() + ": task 1, β = 20";
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, OptionalDouble.empty());
    }

    private static double value(Task1Solution s, int k) {
        return k == 0 ? s.q() : k == 1 ? s.r() : s.qStar();
    }
}
