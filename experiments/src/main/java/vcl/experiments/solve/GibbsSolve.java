package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.io.SweepProgress;
import vcl.experiments.spec.GibbsSolveSpec;
import vcl.theory.gibbs.GibbsSolution;
import vcl.theory.gibbs.GibbsSolver;
import vcl.theory.gibbs.GibbsSweep;
import vcl.theory.gibbs.OverlapChart;
import vcl.theory.gibbs.Thresholds;
import vcl.theory.replica.QuadratureSettings;

/**
 * Gibbs learning of the binary teacher-student perceptron over a list of α (docs/theory-gibbs.md):
 * both branches (the poor one, R &lt; 1, by continuation; the perfect state R = 1 in closed form) as
 * rows, and with {@code --transition} the first-order transition (the poor branch's free entropy
 * reaches the perfect state's, 0) and the poor branch's spinodal, on stderr and in the provenance.
 * At zero temperature φ is the entropy of the version space per weight.
 */
public final class GibbsSolve {

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("alpha", "temperature", "q", "r", "qhat", "rhat", "eps_g",
            "phi", "branch", "iterations", "residual", "converged");

    private GibbsSolve() {
    }

    /** Solves, reporting progress, metastable rows and the thresholds on {@code err}. */
    public static SolveTable run(GibbsSolveSpec spec, PrintWriter err) {
        double[] alphas = spec.alpha();
        GibbsSolver solver = new GibbsSolver(spec.beta(), QuadratureSettings.DEFAULT, spec.solver().tolerance(),
                spec.solver().maxIterations());
        GibbsSweep sweep = new GibbsSweep(solver);
        long t0 = System.nanoTime();
        List<GibbsSolution> rows;
        SweepWatch watch = new SweepWatch("solve gibbs", "alpha", spec.solver().timeLimit(), err);
        long total = SweepProgress.units(alphas);
        try (Progress progress = Progress.start("solve gibbs", total, err)) {
            rows = sweep.sweep(alphas, SweepProgress.counting(progress, 0), watch);
            progress.step(total);
        }
        boolean complete = watch.reportMissing(alphas, rows, GibbsSolution::alpha, "");
        DataTable table = new DataTable(COLUMNS);
        boolean allConverged = true;
        for (GibbsSolution s : ShownRows.of(rows, spec.solver().allBranches(), s -> "alpha = " + s.alpha(), err)) {
            table.add(s.alpha(), spec.temperature(), s.q(), s.r(), s.conjugates().qHat(), s.conjugates().rHat(),
                    s.epsG(), s.phi(), s.branch().label(), s.iterations(), s.residual(), s.converged());
            allConverged &= s.converged();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("temperature", spec.temperature());
        params.put("tolerance", spec.solver().tolerance());
        Map<String, Object> prov = Provenance.of("solve gibbs", params);
        boolean located = true;
        if (spec.transition() && !watch.stopped()) {
            located = thresholds(sweep, prov, err);
        }
        prov.put("seconds", (System.nanoTime() - t0) / 1e9);
        return new SolveTable(table, prov, !rows.isEmpty() && allConverged && complete && located);
    }

    /** The thresholds at the spec's temperature into the provenance and on stderr; false if not located. */
    private static boolean thresholds(GibbsSweep sweep, Map<String, Object> prov, PrintWriter err) {
        Thresholds.Result t;
        try {
            t = sweep.thresholds();
        } catch (IllegalStateException | IllegalArgumentException failed) {
            err.println("the thresholds could not be located: " + failed.getMessage());
            err.flush();
            return false;
        }
        OverlapChart.Point sp = t.spinodal();
        prov.put("spinodal_alpha", sp.alpha());
        prov.put("spinodal_r", sp.r());
        prov.put("transition_alpha", t.transition().map(OverlapChart.Point::alpha).orElse(null));
        prov.put("transition_r", t.transition().map(OverlapChart.Point::r).orElse(null));
        err.println(t.transition().map(p -> String.format(Locale.ROOT,
                "first-order transition to perfect generalization (poor branch's phi = 0): alpha_t = %.9f, r = %.9f,"
                        + " eps_g = %.9f", p.alpha(), p.r(), Math.acos(p.r()) / Math.PI))
                .orElse("the poor branch ends with phi > 0: the transition is at its spinodal"));
        err.printf(Locale.ROOT, "spinodal (end of the poor branch): alpha_sp = %.9f, r = %.9f, phi = %.9f%n", sp.alpha(),
                sp.r(), sp.phi());
        err.flush();
        return true;
    }
}
