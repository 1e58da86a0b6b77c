package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.plots.AxisSpec;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;

/**
 * The panel shared by figures 2b and A1: the task-1 theory's p and ε against α (stable branch solid,
 * metastable continuations dashed, the transition marked) with per-load Adam points (mean ± std),
 * and the parameters such a panel records.
 */
record TheoryAgainstAdam(PanelSpec panel, double[] theoryEps, Map<String, Object> parameters, Agreement agreement) {

    /**
     * The size of the Adam runs and the words for their optimizer, recorded first in the parameters.
     *
     * @param n         number of weights
     * @param seeds     runs per load
     * @param maxEpochs epoch cap
     * @param testSize  fresh test examples
     * @param optimizer the optimizer and its settings, in words
     */
    record Setup(int n, int seeds, int maxEpochs, int testSize, String optimizer) {
    }

    /** The loads {@code use} of a figure's per-load hyper-parameter table. */
    static List<PerLoadAdam.Load> loads(int[] use, double[] alpha, int[] batch, double[] lr, double[] weightDecay) {
        return java.util.Arrays.stream(use)
                .mapToObj(i -> new PerLoadAdam.Load(alpha[i], batch[i], lr[i], weightDecay[i])).toList();
    }

    static TheoryAgainstAdam of(TheoryCurves curves, List<PerLoadAdam.Load> loads, PerLoadAdam.Summary sim,
            Setup setup, AxisSpec xAxis, FigureData data) {
        List<Series> series = new ArrayList<>();
        series.addAll(curves.branchLines(data, "a", "theory p", Task1SolutionValues::p, Palette.BLUE));
        series.addAll(curves.branchLines(data, "a", "theory ε", Task1SolutionValues::eps, Palette.VERMILLION));
        series.add(data.points("a", "Adam p", sim.alphas(), sim.pMean(), sim.pStd()).withColor(Palette.BLUE));
        series.add(data.points("a", "Adam ε", sim.alphas(), sim.epsMean(), sim.epsStd()).withColor(Palette.VERMILLION)
                .withMarker(Palette.marker(1)));
        double[] theoryEps = curves.stableAt(sim.alphas(), Task1SolutionValues::eps);
        List<Agreement.Point> points = new ArrayList<>();
        for (int i = 0; i < theoryEps.length; i++) {
            double a = sim.alphas()[i];
            double e = sim.epsMean()[i];
            points.add(new Agreement.Point("", a, e, theoryEps[i],
                    Math.abs(e - theoryEps[i]) > Agreement.TOLERANCE ? curves.reasonAt(a, e) : ""));
        }
        Agreement agreement = new Agreement("eps", points);
        // a margin below 0 so that ε ≈ 0 on the good branch is drawn above the axis, not on it
        PanelSpec panel = PanelSpec.of(xAxis, AxisSpec.linear("p, ε").range(-0.02, 1.02), series.toArray(new Series[0]))
                .withCaption("symbols: Adam, mean ± 1 std over " + setup.seeds() + " seeds; theory: solid stable, "
                        + "dashed metastable, dotted the jump at α_t")
                .withCaption(agreement.caption("α", "(ε)"));
        if (curves.transition().isPresent()) {
            panel = panel.withMarker(curves.transition().get(), "α_t");
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", setup.n());
        p.put("seeds", setup.seeds());
        p.put("max_epochs", setup.maxEpochs());
        p.put("test_size", setup.testSize());
        p.put("optimizer", setup.optimizer());
        p.put("alpha", sim.alphas());
        p.put("batch", loads.stream().mapToInt(PerLoadAdam.Load::batch).toArray());
        p.put("lr", loads.stream().mapToDouble(PerLoadAdam.Load::lr).toArray());
        p.put("weight_decay", loads.stream().mapToDouble(PerLoadAdam.Load::weightDecay).toArray());
        p.put("run_seeds", sim.runSeeds());
        p.put("transition_alpha", curves.transition().orElse(null));
        p.put("theory_eps_at_sim_alpha", theoryEps);
        p.put("sim_eps_mean", sim.epsMean());
        return new TheoryAgainstAdam(panel, theoryEps, p, agreement);
    }

    /** Mean |Δε| between the theory's stable branch and the Adam means. */
    double distance(PerLoadAdam.Summary sim) {
        return Stats.meanAbsDifference(theoryEps, sim.epsMean());
    }
}
