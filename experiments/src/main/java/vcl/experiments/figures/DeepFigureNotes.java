package vcl.experiments.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.cl.ClResult;
import vcl.experiments.spec.ClMethod;
import vcl.sim.mlp.EvalMode;

/**
 * The JSON record of a deep figure: the protocol, what each method's curves show (evaluation mode,
 * seeds, divergences), the final R, ACC and BWT of every evaluated mode (so the mean network of the
 * variational method is on record beside the stochastic pass the figure shows), and what the
 * preset cuts.
 */
final class DeepFigureNotes {

    private DeepFigureNotes() {
    }

    static Map<String, Object> parameters(DeepRuns.Protocol protocol, List<ClMethod> methods,
            Map<ClMethod, ClResult> runs, Preset preset, String quickCuts) {
        Map<String, Object> p = new LinkedHashMap<>(protocol.parameters());
        p.put("methods", methods.stream().map(ClMethod::id).toList());
        Map<String, Object> shown = new LinkedHashMap<>();
        Map<String, Object> results = new LinkedHashMap<>();
        for (ClMethod m : methods) {
            ClResult r = runs.get(m);
            shown.put(m.id(), DeepRuns.shownMode(m).id());
            Map<String, Object> modes = new LinkedHashMap<>();
            for (EvalMode mode : r.spec().evalModes()) {
                Stats[] s = DeepCurves.accBwt(r, mode);
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("R_mean", DeepCurves.meanMatrix(r, mode));
                e.put("acc_mean", s[0].mean());
                e.put("acc_std", s[0].std());
                e.put("bwt_mean", s[1].mean());
                e.put("bwt_std", s[1].std());
                e.put("seeds", s[0].n());
                modes.put(mode.id(), e);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("modes", modes);
            one.put("diverged_seeds", DeepCurves.diverged(r));
            one.put("wall_time_seconds", r.seeds().stream().mapToDouble(s -> s.progress().wallSeconds()).sum());
            one.put("run_seeds", r.seeds().stream().map(s -> s.runSeed()).toList());
            results.put(m.id(), one);
        }
        p.put("shown_eval_mode", shown);
        p.put("results", results);
        p.put("notes", "curves: mean over seeds of the test accuracy (the whole test set of each task: 10 000 images for MNIST and Fashion-MNIST) after"
                + " every epoch, x = epoch over the whole stream (0: at initialisation), band: min-max over seeds;"
                + " vcl is shown as one stochastic pass through the Gaussian-field layers, as the paper's code"
                + " reports it (its mean network, every weight at sign(theta), is in results.vcl.modes.mean);"
                + " R[i][j]: accuracy on task j+1 after the last epoch of task i+1, mean over the seeds that"
                + " finished; ACC = mean of the last row of R, BWT = mean over earlier tasks of R[T][i] - R[i][i];"
                + " bars: mean over seeds, error bars one standard deviation (n - 1) over seeds"
                + (preset == Preset.quick ? "; " + quickCuts : "")
                + (preset == Preset.tiny ? "; tiny preset: generated 8x8 stand-in data, a small network, a smoke test"
                        + " only" : ""));
        return p;
    }
}
