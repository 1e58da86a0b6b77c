package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LegendPosition;
import vcl.plots.LineStyle;
import vcl.plots.MarkerShape;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.theory.phase.Coexistence;
import vcl.theory.phase.CriticalPoint;
import vcl.theory.phase.PhaseDiagram;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.stability.AtLine;
import vcl.theory.stability.Replicon;
import vcl.theory.task1.Task1Solver;

/**
 * Beyond the paper: the (β, α) phase diagram of task 1 (flat prior). The first-order line α_t(β)
 * where the poor and good branches have equal free entropy, the good branch's spinodal (below it
 * only the poor branch exists) and the poor branch's end (above it only the good branch exists; a
 * spinodal up to β ≈ 25, then the load where q* reaches 1), and the critical point where the line
 * starts. Below β_c there is a single branch. The de Almeida–Thouless line of the poor branch
 * (replicon λ_R = 0; above it the replica-symmetric poor solution is unstable) lies below the
 * first-order line.
 */
final class FigurePhaseDiagram extends PaperFigure {

    FigurePhaseDiagram() {
        super("phase", "task-1 phase diagram: first-order line, spinodals and critical point (flat prior)",
                "tiny: beta 17, 20, 30; quick: 9 temperatures 17..100 and the critical point; paper: 16 temperatures 16.7..1000");
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        double[] betas = preset.pick(new double[] {17, 20, 30}, new double[] {17, 18, 20, 25, 30, 40, 50, 70, 100},
                new double[] {16.7, 17, 17.5, 18, 20, 22, 25, 30, 40, 50, 70, 100, 200, 300, 500, 1000});
        PhaseDiagram diagram = new PhaseDiagram(Task1Solver::new);
        Optional<CriticalPoint> critical = preset == Preset.tiny ? Optional.empty()
                : Optional.of(diagram.criticalPoint(16, 17, 2.4, 1e-6));
        List<Double> b = new ArrayList<>();
        List<Double> t = new ArrayList<>();
        List<Double> good = new ArrayList<>();
        List<Double> poor = new ArrayList<>();
        List<Double> atBeta = new ArrayList<>();
        List<Double> at = new ArrayList<>();
        critical.ifPresent(c -> {
            b.add(c.beta());
            t.add(c.alpha());
            good.add(c.alpha());
            poor.add(c.alpha());
        });
        for (double beta : betas) {
            Coexistence c = diagram.at(beta).orElseThrow(() -> new IllegalStateException("no coexistence at beta = " + beta));
            b.add(beta);
            t.add(c.alphaTransition());
            good.add(c.alphaGoodEnd());
            poor.add(c.alphaPoorBranchEnd());
            Task1Solver solver = new Task1Solver(beta);
            AtLine.firstInstability(solver, new Replicon(beta, new FlatPrior(), QuadratureSettings.DEFAULT), 2.4, 0.05)
                    .ifPresent(a -> {
                        atBeta.add(beta);
                        at.add(a);
                    });
        }
        double[] x = b.stream().mapToDouble(Double::doubleValue).toArray();
        FigureData data = new FigureData();
        List<Series> series = new ArrayList<>();
        series.add(data.line("a", "first-order line α_t", x, array(t)).withColor(Palette.color(0)));
        series.add(data.line("a", "good branch ends (spinodal)", x, array(good)).withColor(Palette.color(1)).dashed());
        series.add(data.line("a", "poor branch ends (spinodal, then q* → 1)", x, array(poor)).withColor(Palette.color(2))
                .dashed());
        series.add(data.line("a", "AT line: poor branch RS-unstable above", array(atBeta), array(at))
                .withColor(Palette.color(4)).withStyle(LineStyle.DOTTED));
        critical.ifPresent(c -> series.add(data.points("a", "critical point", new double[] {c.beta()},
                new double[] {c.alpha()}).withMarker(MarkerShape.CIRCLE).withColor(Palette.color(3))));
        PanelSpec panel = PanelSpec.of(AxisSpec.log("β"), AxisSpec.linear("α").range(0.3, 4.2),
                series.toArray(new Series[0])).withLegend(LegendPosition.TOP_RIGHT);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("beta", betas);
        params.put("prior", "flat");
        params.put("alpha_t", array(t));
        params.put("alpha_at_poor", array(at));
        critical.ifPresent(c -> params.put("critical_point", Map.of("beta", c.beta(), "alpha", c.alpha(), "r", c.r())));
        String title = "Phase diagram of task 1" + preset.label();
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, OptionalDouble.empty());
    }

    private static double[] array(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
