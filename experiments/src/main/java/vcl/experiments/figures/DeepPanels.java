package vcl.experiments.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import vcl.experiments.cl.ClResult;
import vcl.experiments.spec.ClMethod;
import vcl.plots.AxisSpec;
import vcl.plots.LegendPosition;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.sim.mlp.EvalMode;

/**
 * The panels of the deep figures: every task's test accuracy against the global epoch for one
 * method, the final accuracy matrix R as a heat map, and ACC/BWT per method as bars with error bars.
 */
final class DeepPanels {

    private DeepPanels() {
    }

    /** The shown evaluation in a few words. */
    static String modeText(ClMethod method) {
        EvalMode mode = DeepRuns.shownMode(method);
        return mode == EvalMode.STOCHASTIC ? "one stochastic pass" : mode.id() + " network";
    }

    /** The explanation of the curves' styles, for a figure's title. */
    static String styles(int seeds) {
        return seeds > 1 ? "mean of " + seeds + " seeds (band: min–max; dashed: not yet trained)"
                : "1 seed (dashed: not yet trained)";
    }

    /** What a method's curves are called in legends and tags: its name and the evaluation shown. */
    static String label(ClMethod method) {
        EvalMode mode = DeepRuns.shownMode(method);
        return method.id() + (mode == EvalMode.STOCHASTIC ? " (one stochastic pass)" : " (" + mode.id() + ")");
    }

    /**
     * Accuracy of every task against the global epoch: the mean over seeds, solid from the evaluation
     * just before the task's first epoch on, dashed before (the task not yet trained), with the
     * min–max band over seeds when there are several; task boundaries marked. The legend sits beside
     * the plot: each task's rise crosses a corner, so no corner inside is free.
     */
    static PanelSpec accuracy(FigureData data, String panel, String tag, ClResult result, ClMethod method,
            List<String> taskNames) {
        EvalMode mode = DeepRuns.shownMode(method);
        int per = result.spec().epochsPerTask();
        int total = result.spec().totalEpochs();
        int seeds = result.seeds().size();
        List<Series> series = new ArrayList<>();
        for (int t = 1; t <= result.spec().tasks(); t++) {
            DeepCurves.Curve c = DeepCurves.curve(result, mode, t);
            Color color = Palette.color(t - 1);
            double start = (t - 1) * per;
            DeepCurves.Curve trained = c.between(start, total);
            String name = taskNames.get(t - 1);
            if (seeds > 1) {
                series.add(data.band(panel, name + " min–max", trained.epoch(), trained.min(), trained.max())
                        .withColor(color));
            }
            series.add(data.line(panel, name, trained.epoch(), trained.mean()).withColor(color));
            if (t > 1) {
                DeepCurves.Curve before = c.between(0, start);
                data.line(panel, name + " before training", before.epoch(), before.mean());
                series.add(new LineSeries("", before.epoch(), before.mean(), LineStyle.DASHED, color));
            }
        }
        PanelSpec p = new PanelSpec(tag + " " + method.id() + ", " + modeText(method), AxisSpec.linear("epoch").range(0, total).ticks(epochTicks(total)),
                AxisSpec.linear("test accuracy").range(0, 1.02), series, List.of(), List.of(),
                LegendPosition.OUTSIDE_RIGHT);
        for (int t = 2; t <= result.spec().tasks(); t++) {
            p = p.withMarker((t - 1) * per, "");
        }
        return p;
    }

    /** A tick step giving at most about ten ticks over {@code total} epochs: 1, 2, 5, 10, 20, … */
    static double epochTicks(int total) {
        double step = 1;
        while (total / step > 10) {
            double next = step * 2;
            if (total / next > 10) {
                next = step * 5;
            }
            if (total / next > 10) {
                next = step * 10;
            }
            step = next;
        }
        return step;
    }

    /** The final R (mean over the seeds that finished) of one method as a heat map with its values printed. */
    static PanelSpec matrix(FigureData data, String panel, String tag, ClResult result, ClMethod method) {
        int t = result.spec().tasks();
        double[][] r = DeepCurves.meanMatrix(result, DeepRuns.shownMode(method));
        var heat = data.heatMap(panel, "accuracy", r, 0, 1, Palette.BLUE);
        return new PanelSpec(tag + " R, " + label(method), AxisSpec.linear("evaluated task j").range(0.5, t + 0.5)
                .ticks(1), AxisSpec.linear("after training task i").range(0.5, t + 0.5).ticks(1),
                List.of(heat), List.of(), List.of(), LegendPosition.NONE);
    }

    /** ACC and BWT of every method: bars at the mean over seeds, error bars one standard deviation. */
    static PanelSpec metrics(FigureData data, String panel, String tag, List<ClMethod> methods,
            List<ClResult> results) {
        List<Series> series = new ArrayList<>();
        double low = 0;
        int m = methods.size();
        double width = 0.7 / m;
        for (int k = 0; k < m; k++) {
            Stats[] s = DeepCurves.accBwt(results.get(k), DeepRuns.shownMode(methods.get(k)));
            double offset = (k - (m - 1) / 2.0) * width;
            low = Math.min(low, Math.min(s[1].mean() - s[1].std(), s[0].mean() - s[0].std()));
            series.add(data.bars(panel, label(methods.get(k)) + ", " + s[0].n() + " seeds",
                    new double[] {offset, 1 + offset}, new double[] {s[0].mean(), s[1].mean()},
                    new double[] {s[0].std(), s[1].std()}, width * 0.9).withColor(Palette.color(k)));
        }
        return new PanelSpec(tag + " mean ± std over seeds", AxisSpec.categories("", "ACC", "BWT"),
                AxisSpec.linear("ACC, BWT (accuracy)")
                .range(Double.isFinite(low) ? Math.min(-0.1, low - 0.05) : -1, 1.05), series, List.of(), List.of(), LegendPosition.AUTO);
    }
}
