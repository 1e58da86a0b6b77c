package vcl.plots;

import java.util.List;

/** Synthetic figures shaped like the paper's: a theory line with simulation points, a log axis. */
final class ExampleFigures {

    private ExampleFigures() {
    }

    static double epsilon(double alpha) {
        return Math.acos(Math.tanh(1.4 * alpha)) / Math.PI;
    }

    /** (a): ε vs α, theory line, SGD points ± std, min–max band, transition marker. */
    static PanelSpec errorVsAlpha() {
        int n = 200;
        double[] a = new double[n];
        double[] eps = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 0.01 + 1.99 * i / (n - 1);
            eps[i] = epsilon(a[i]);
        }
        int m = 17;
        double[] as = new double[m];
        double[] mean = new double[m];
        double[] std = new double[m];
        double[] lo = new double[m];
        double[] hi = new double[m];
        for (int i = 0; i < m; i++) {
            as[i] = 0.1 * (i + 1);
            mean[i] = epsilon(as[i]) + 0.01 * Math.sin(7 * as[i]);
            std[i] = 0.012 + 0.01 * Math.cos(3 * as[i]) * Math.cos(3 * as[i]);
            lo[i] = mean[i] - 2.2 * std[i];
            hi[i] = mean[i] + 2.0 * std[i];
        }
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.cos(Math.PI * eps[i]);
        }
        return PanelSpec.of(AxisSpec.linear("α").range(0, 2).ticks(0.5), AxisSpec.linear("ε_g, p").range(0, 1.02),
                        BandSeries.of(as, lo, hi).withColor(Palette.VERMILLION).withName("SGD min–max"),
                        LineSeries.of("theory ε_g", a, eps).withColor(Palette.BLUE),
                        LineSeries.of("theory p", a, p).withColor(Palette.BLUISH_GREEN).dashed(),
                        PointSeries.withErrors("SGD, N = 1000", as, mean, std).withColor(Palette.VERMILLION))
                .withTag("(a)")
                .withMarker(1.25, "α_c");
    }

    /** (b): ε_g^1 vs α_2 on a log axis for three r_0. */
    static PanelSpec forgettingVsAlpha2() {
        double[] r0 = {-0.5, 0, 0.5};
        int n = 120;
        double[] a2 = new double[n];
        for (int i = 0; i < n; i++) {
            a2[i] = Math.pow(10, -2 + (Math.log10(7) + 2) * i / (n - 1));
        }
        double[] pts = {0.01, 0.1, 0.5, 1, 2, 5};
        PanelSpec panel = null;
        for (int k = 0; k < r0.length; k++) {
            double[] eps = new double[n];
            for (int i = 0; i < n; i++) {
                eps[i] = 0.1 + (0.3 - 0.2 * r0[k]) * a2[i] / (1 + a2[i]);
            }
            double[] mean = new double[pts.length];
            double[] std = new double[pts.length];
            for (int i = 0; i < pts.length; i++) {
                mean[i] = 0.1 + (0.3 - 0.2 * r0[k]) * pts[i] / (1 + pts[i]) + 0.008;
                std[i] = 0.015;
            }
            LineSeries line = LineSeries.of("r_0 = " + TickFormats.format(1).format(r0[k]), a2, eps).withColor(Palette.color(k));
            PointSeries points = PointSeries.withErrors("", pts, mean, std).withColor(Palette.color(k));
            panel = panel == null
                    ? PanelSpec.of(AxisSpec.log("α_2").range(0.008, 9), AxisSpec.linear("ε_g^1").range(0, 0.5), line)
                    : panel.plus(line);
            panel = panel.plus(points);
        }
        return panel.withTag("(b)").withNote(0.012, 0.04, "γ = 0.1, q^* fixed");
    }

    static FigureSpec twoPanels() {
        return new FigureSpec("", List.of(errorVsAlpha(), forgettingVsAlpha2()), 2, FigureSpec.DEFAULT_PANEL_WIDTH,
                FigureSpec.DEFAULT_PANEL_HEIGHT, FigureSpec.DEFAULT_PNG_SCALE);
    }
}
