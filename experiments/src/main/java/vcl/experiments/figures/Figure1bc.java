package vcl.experiments.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import vcl.plots.AxisSpec;
import vcl.plots.FigureSpec;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.PanelSpec;
import vcl.plots.Palette;
import vcl.plots.Series;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.Task2Sweep;
import vcl.theory.replica.GeneralizationError;

/**
 * Figures 1b and 1c: forgetting ε_g¹ (1b) and learning ε_g² (1c) against epoch, task 1 at α1 = 2
 * then task 2 with γ = 1 KL to the task-1 fields at α2 ∈ {1, 2, 4}, r0 = 0, momentum SGD; mean over
 * seeds with a min–max band, and the task-2 theory's stationary value (β = 20) dashed. Both figures
 * come from the same runs (computed once per process).
 */
final class Figure1bc implements FigureDefinition {

    static final double ALPHA1 = 2;
    static final double[] ALPHA2 = {1, 2, 4};
    static final double R0 = 0;
    static final double GAMMA = 1;
    static final double BETA = 20;

    /** The shared computation: runs and theory. */
    record Runs(Task2Protocol protocol, int epochs, List<Task2Sweep.Run> runs, Task2Theory.Curve theory) {
    }

    private final String id;
    private final Task2Observable observable;

    private Figure1bc(String id, Task2Observable observable) {
        this.id = id;
        this.observable = observable;
    }

    static Figure1bc forgetting() {
        return new Figure1bc("1b", Task2Observable.FORGETTING);
    }

    static Figure1bc learning() {
        return new Figure1bc("1c", Task2Observable.LEARNING);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return (observable == Task2Observable.FORGETTING ? "forgetting eps_g1" : "learning eps_g2")
                + " vs epoch: task 1 (alpha1 = 2) then task 2 (alpha2 = 1, 2, 4, r0 = 0, gamma = 1), SGD and theory";
    }

    @Override
    public String presets() {
        return "quick: N = 500, 4 seeds, 1500 + 1500 epochs (about 30 s); paper: N = 1000, 20 seeds, 3000 + 3000 "
                + "epochs, momentum SGD lr 1e-3 batch 32 (about 15 min here)";
    }

    static Runs compute(Preset preset, FigureContext context) {
        return Memo.get("fig1bc|" + preset + "|" + context.masterSeed(), () -> {
            int epochs = preset.pick(20, 1500, 3000);
            int every = preset.pick(5, 30, 30);
            String notes = "as the authors' code (momentum reset at the switch, KL weight batch/P2)"
                    + (preset == Preset.paper ? "" : "; " + preset + " preset: smaller N, fewer seeds and epochs");
            Task2Protocol protocol = Task2Protocol.momentumSgd(preset.pick(100, 500, 1000), preset.pick(2, 4, 20),
                    ALPHA1, epochs, every, notes);
            List<Task2Sweep.Run> runs = protocol.run(ALPHA2, new double[] {R0}, GAMMA, "figure 1b/1c SGD", context);
            Task2Theory.Curve theory = Task2Theory.overAlpha2(ALPHA1, BETA, GAMMA, new double[] {R0}, ALPHA2, context)
                    .get(0);
            return new Runs(protocol, epochs, runs, theory);
        });
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        Runs r = compute(preset, context);
        int epochs = r.epochs();
        FigureData data = new FigureData();
        List<Series> series = new ArrayList<>();
        if (observable == Task2Observable.FORGETTING) {
            List<List<EpochRecord>> first = r.runs().stream().filter(x -> x.alpha2() == ALPHA2[0])
                    .map(x -> x.task1().trajectory()).toList();
            TrajectoryStats t1 = TrajectoryStats.of(first, EpochRecord::epsG1, 0);
            series.add(data.band("a", "task 1 min–max", t1.epoch(), t1.min(), t1.max()).withColor(Palette.BLACK));
            series.add(data.line("a", "task 1", t1.epoch(), t1.mean()).withColor(Palette.BLACK));
        }
        double[] theory = new double[ALPHA2.length];
        double[] last = new double[ALPHA2.length];
        Map<String, Object> finals = new LinkedHashMap<>();
        for (int a = 0; a < ALPHA2.length; a++) {
            double alpha2 = ALPHA2[a];
            List<List<EpochRecord>> second = r.runs().stream().filter(x -> x.alpha2() == alpha2)
                    .map(x -> x.task2().trajectory()).toList();
            TrajectoryStats t2 = TrajectoryStats.of(second, observable::of, epochs);
            Color c = Palette.color(a + 1);
            String label = "SGD, α_2 = " + TrajectoryStats.format(alpha2);
            series.add(data.band("a", label + " min–max", t2.epoch(), t2.min(), t2.max()).withColor(c));
            series.add(data.line("a", label, t2.epoch(), t2.mean()).withColor(c));
            OptionalDouble th = r.theory().at(alpha2, observable);
            theory[a] = th.orElse(Double.NaN);
            last[a] = t2.lastMean();
            if (th.isPresent()) {
                LineSeries line = data.line("a", "theory, β = 20, α_2 = " + TrajectoryStats.format(alpha2),
                        new double[] {epochs, 2.0 * epochs}, new double[] {theory[a], theory[a]});
                series.add(new LineSeries("", line.x(), line.y(), LineStyle.DASHED, c));
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("sim_final_mean", last[a]);
            f.put("theory", theory[a]);
            finals.put("alpha2_" + alpha2, f);
        }
        // the theory belongs to every α2: its legend key is neutral, each dashed line wears its α2's colour
        series.add(LineSeries.keyOnly("theory, β = 20 (stationary)", LineStyle.DASHED, Palette.BLACK, epochs,
                Arrays.stream(theory).filter(Double::isFinite).findFirst().orElse(0)));
        Agreement agreement = agreement(r, theory, last);
        PanelSpec panel = PanelSpec.of(AxisSpec.linear("epoch").range(0, 2.0 * epochs),
                AxisSpec.linear(observable.label()).range(-0.01, 0.55), series.toArray(new Series[0]))
                .withMarker(epochs, "task 2")
                .withCaption("mean over " + r.protocol().seeds() + " seeds, band min–max; dashed: stationary task-2 "
                        + "theory (β = 20), colour of its α_2")
                .withCaption(agreement.caption("α_2", "(last epoch)"));
        double task1End = task1End(r);
        double task1Theory = task1Theory();
        if (preset != Preset.paper || Math.abs(task1End - task1Theory) > Agreement.TOLERANCE) {
            panel = panel.withCaption(String.format(Locale.ROOT, "%stask 1 ends at ε_g^1 = %.3f, theory %.3f: not "
                    + "the equilibrium assumed", preset == Preset.paper ? ""
                    : preset + " preset (" + epochs + " + " + epochs + " epochs): ", task1End, task1Theory));
        }
        Map<String, Object> params = new LinkedHashMap<>(r.protocol().parameters(context.masterSeed()));
        params.put("alpha2", ALPHA2);
        params.put("r0", R0);
        params.put("gamma", GAMMA);
        params.put("theory_beta", BETA);
        params.put("theory_failed_alpha2", r.theory().failed());
        params.put("observable", observable.key());
        params.put("final_" + observable.key(), finals);
        params.put("notes", "epochs of task 2 are counted from the end of task 1 (x = epochs1 + epoch)"
                + (observable == Task2Observable.LEARNING
                        ? "; the second teacher is drawn at the switch, so eps_g2 is recorded during task 2 only" : "")
                + "; the dashed lines are the stationary task-2 theory, which SGD need not reach in these epochs");
        String title = "Fig. " + id + preset.label() + ": N = " + r.protocol().n() + ", "
                + r.protocol().seeds() + " seeds";
        double[] both = Arrays.stream(theory).filter(Double::isFinite).toArray();
        OptionalDouble distance = both.length == theory.length
                ? OptionalDouble.of(Stats.meanAbsDifference(theory, last)) : OptionalDouble.empty();
        return new FigureResult(FigureSpec.of(panel).withTitle(title), data, params, distance,
                java.util.Optional.of(agreement));
    }

    /**
     * The last-epoch seed means against the stationary theory at each α2; where task 1 did not end
     * near the task-1 theory the task-2 theory starts from, that is the reason given.
     */
    private Agreement agreement(Runs r, double[] theory, double[] last) {
        List<Agreement.Point> points = new ArrayList<>();
        for (int a = 0; a < ALPHA2.length; a++) {
            if (Double.isFinite(theory[a])) {
                points.add(new Agreement.Point("", ALPHA2[a], last[a], theory[a]));
            }
        }
        Agreement agreement = new Agreement(observable.key(), points);
        double task1End = task1End(r);
        double task1Theory = task1Theory();
        if (Math.abs(task1End - task1Theory) > Agreement.TOLERANCE) {
            agreement = agreement.withReason(String.format(Locale.ROOT, "task 1 ends at eps_g1 = %.3f (seed mean), "
                    + "not at the task-1 equilibrium eps = %.3f the task-2 theory starts from, so %s starts from "
                    + "elsewhere", task1End, task1Theory,
                    observable == Task2Observable.FORGETTING ? "forgetting" : "learning"));
        }
        return agreement;
    }

    /** Seed mean of ε_g¹ at the end of task 1. */
    private static double task1End(Runs r) {
        return Stats.of(r.runs().stream().filter(x -> x.alpha2() == ALPHA2[0])
                .mapToDouble(x -> x.task1().last().epsG1()).toArray()).mean();
    }

    /** ε of the task-1 equilibrium (β = 20, α1 = 2) the task-2 theory starts from. */
    private static double task1Theory() {
        return GeneralizationError.value(Task2Theory.solver(ALPHA1, BETA).reference().meanSign());
    }
}
