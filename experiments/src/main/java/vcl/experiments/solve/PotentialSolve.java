package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.PotentialSpec;
import vcl.experiments.spec.UserInputException;
import vcl.theory.potential.PotentialModel;
import vcl.theory.potential.PotentialPoint;
import vcl.theory.potential.PotentialSolver;
import vcl.theory.potential.Reference;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The Franz-Parisi potential V(d) of task 1 as rows (docs/theory-potential.md): per load the
 * task-1 reference (stable, poor or good branch), then at every overlap d the constrained saddle
 * point: V, the Lagrange field {@code d_hat = −dV/dd}, {@code delta_v = Φ1 − V} (≥ 0, zero at
 * d* = q1), the constrained order parameters and the site coupling, the convergence flags.
 */
public final class PotentialSolve {

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("alpha", "beta", "prior", "reference", "q1", "phi1", "d", "v",
            "d_hat", "delta_v", "q", "r", "qstar", "p", "site_coupling", "eps_g", "iterations", "residual",
            "converged");

    private PotentialSolve() {
    }

    /** The potential at one load: its reference and the points in the order of {@code spec.d()}. */
    public record Curve(double alpha, Task1Solution reference, List<PotentialPoint> points) {
    }

    /** Solves every load of the spec (progress on {@code err}, or silent when null). */
    public static List<Curve> curves(PotentialSpec spec, PrintWriter err) {
        SingleSiteMeasure measure = spec.prior().measure(spec.beta(), spec.strength());
        Task1Solver task1 = new Task1Solver(spec.beta(), measure, Double.NaN, QuadratureSettings.DEFAULT, 1e-10, 500,
                true);
        List<Curve> out = new ArrayList<>();
        double[] alphas = spec.alpha();
        try (Progress progress = err == null ? Progress.SILENT.start("solve potential", alphas.length)
                : Progress.start("solve potential", alphas.length, err)) {
            for (int i = 0; i < alphas.length; i++) {
                Task1Solution ref = spec.reference().solve(task1, alphas[i]);
                if (!ref.converged()) {
                    throw UserInputException.malformed("--alpha", "the task-1 " + spec.reference().label()
                            + " branch does not exist (no converged solution) at alpha = " + alphas[i]);
                }
                PotentialModel model = new PotentialModel(Reference.of(ref, measure), QuadratureSettings.DEFAULT,
                        true);
                PotentialSolver solver = new PotentialSolver(model, spec.tolerance(), spec.maxIterations());
                out.add(new Curve(alphas[i], ref, solver.curve(spec.d())));
                progress.step(i + 1);
            }
        }
        return out;
    }

    /**
     * Computes the rows, reporting progress on {@code err}; around a 1RSB reference the rows of
     * {@link RsbPotentialSolve}.
     */
    public static SolveTable run(PotentialSpec spec, PrintWriter err) {
        if (spec.oneStep()) {
            return RsbPotentialSolve.run(spec, err);
        }
        long t0 = System.nanoTime();
        DataTable table = new DataTable(COLUMNS);
        boolean all = true;
        for (Curve c : curves(spec, err)) {
            Task1Solution ref = c.reference();
            for (PotentialPoint p : c.points()) {
                boolean ok = p.converged();
                all &= ok;
                table.add(c.alpha(), spec.beta(), spec.prior().label(), spec.reference().label(), ref.q(), ref.phi(), p.d(), p.v(), p.lagrangeField(),
                        ref.phi() - p.v(), p.order().q(), p.order().r(), p.order().qStar(), p.order().p(),
                        p.conjugates().dHat(), ok ? p.epsG() : null, p.iterations(), p.residual(), ok);
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", spec.alpha());
        params.put("beta", spec.beta());
        params.put("d", spec.d());
        params.put("prior", spec.prior().label());
        params.put("entropy_k", spec.entropyK());
        params.put("reference", spec.reference().label());
        params.put("tolerance", spec.tolerance());
        params.put("max_iterations", spec.maxIterations());
        Map<String, Object> prov = Provenance.of("solve potential", params);
        prov.put("seconds", (System.nanoTime() - t0) / 1e9);
        return new SolveTable(table, prov, all);
    }
}
