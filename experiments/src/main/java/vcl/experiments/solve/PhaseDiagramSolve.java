package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.PhaseDiagramSpec;
import vcl.theory.phase.Coexistence;
import vcl.theory.phase.CriticalPoint;
import vcl.theory.phase.PhaseDiagram;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.stability.AtLine;
import vcl.theory.stability.Replicon;
import vcl.theory.task1.Task1Solver;

/**
 * The task-1 phase diagram as rows: at every β the first-order transition α_t, the two ends of the
 * coexistence region (the good branch's spinodal and the poor branch's end, a spinodal or the limit
 * of its load as q* → 1)
 * and the two solutions at α_t; optionally the poor branch's de Almeida–Thouless point
 * ({@code alpha_at_poor}, empty where it stays stable) and the critical point (in the provenance
 * and on stderr).
 */
public final class PhaseDiagramSolve {

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("beta", "phase", "alpha_t", "alpha_good_end", "alpha_poor_end",
            "poor_end", "r_poor_t", "r_good_t", "eps_g_poor_t", "eps_g_good_t", "phi_t", "alpha_at_poor", "converged");

    private PhaseDiagramSolve() {
    }

    /** The poor branch's AT point at β (λ_R scanned in steps of 0.05 up to α = 2.4), if it turns unstable. */
    private static Optional<Double> atPoint(PhaseDiagramSpec spec, double beta) {
        var measure = spec.prior().measure(beta, spec.strength(beta));
        Task1Solver solver = new Task1Solver(beta, measure, Double.NaN, QuadratureSettings.DEFAULT, 1e-10, 500, true);
        return AtLine.firstInstability(solver, new Replicon(beta, measure, QuadratureSettings.DEFAULT), 2.4, 0.05);
    }

    /** Computes the rows, reporting progress and the critical point on {@code err}. */
    public static SolveTable run(PhaseDiagramSpec spec, PrintWriter err) {
        PhaseDiagram diagram = new PhaseDiagram(b -> new Task1Solver(b, spec.prior().measure(b, spec.strength(b)),
                Double.NaN, QuadratureSettings.DEFAULT, 1e-10, 500, true));
        long t0 = System.nanoTime();
        double[] betas = spec.beta();
        DataTable table = new DataTable(COLUMNS);
        boolean allConverged = true;
        try (Progress progress = Progress.start("solve phase", betas.length, err)) {
            for (int i = 0; i < betas.length; i++) {
                double beta = betas[i];
                Optional<Coexistence> c;
                try {
                    c = diagram.at(beta);
                } catch (IllegalStateException | ArithmeticException failed) {
                    err.println("beta = " + beta + ": " + failed.getMessage());
                    table.add(beta, "failed", null, null, null, null, null, null, null, null, null, null, false);
                    allConverged = false;
                    progress.step(i + 1);
                    continue;
                }
                Double at = spec.at() ? atPoint(spec, beta).orElse(null) : null;
                if (c.isEmpty()) {
                    table.add(beta, "single-branch", null, null, null, null, null, null, null, null, null, at, true);
                } else {
                    Coexistence x = c.get();
                    table.add(beta, "coexistence", x.alphaTransition(), x.alphaGoodEnd(), x.alphaPoorBranchEnd(),
                            x.poorEndsAtBoundary() ? "qstar-1" : "spinodal", x.poorAtTransition().r(),
                            x.goodAtTransition().r(), x.poorAtTransition().epsG(), x.goodAtTransition().epsG(),
                            x.goodAtTransition().phi(), at, true);
                }
                progress.step(i + 1);
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("beta", betas);
        params.put("prior", spec.prior().label());
        params.put("entropy_k", spec.entropyK());
        Map<String, Object> prov = Provenance.of("solve phase", params);
        if (spec.critical() != null) {
            double[] bracket = spec.critical();
            CriticalPoint cp = diagram.criticalPoint(bracket[0], bracket[1], 2.4, 1e-6);
            Map<String, Object> critical = new LinkedHashMap<>();
            critical.put("beta", cp.beta());
            critical.put("alpha", cp.alpha());
            critical.put("r", cp.r());
            prov.put("critical_point", critical);
            err.printf("critical point: beta_c = %.6f, alpha_c = %.6f, r_c = %.6f%n", cp.beta(), cp.alpha(), cp.r());
            err.flush();
        }
        prov.put("seconds", (System.nanoTime() - t0) / 1e9);
        return new SolveTable(table, prov, allConverged);
    }
}
