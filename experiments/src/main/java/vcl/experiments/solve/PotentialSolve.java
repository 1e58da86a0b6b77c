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
import vcl.theory.potential.StationaryPoint;
import vcl.theory.potential.StationaryPoints;
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

    /** The CSV column added by {@code --stationary}: grid, state or barrier. */
    public static final String KIND_COLUMN = "kind";

    /**
     * The potential at one load: its reference, the points in the order of {@code spec.d()}, and the
     * stationary points located between them (empty unless asked for), in increasing d.
     */
    public record Curve(double alpha, Task1Solution reference, List<PotentialPoint> points,
            List<StationaryPoint<PotentialPoint>> stationary) {

        public Curve {
            points = List.copyOf(points);
            stationary = List.copyOf(stationary);
        }
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
                double alpha = alphas[i];
                Task1Solution ref = spec.reference().solve(task1, alpha).orElseThrow(() -> UserInputException.malformed(
                        "--alpha", "the task-1 " + spec.reference().label() + " branch does not exist at alpha = " + alpha
                                + " (it ended before this load)"));
                PotentialModel model = new PotentialModel(Reference.of(ref, measure), QuadratureSettings.DEFAULT,
                        true);
                PotentialSolver solver = new PotentialSolver(model, spec.tolerance(), spec.maxIterations());
                List<PotentialPoint> points = solver.curve(spec.d());
                List<StationaryPoint<PotentialPoint>> stationary = spec.stationary() ? StationaryPoints.locate(
                        solver::solve, StationaryPoints.REPLICA_SYMMETRIC, ref.q(), points) : List.of();
                out.add(new Curve(alphas[i], ref, points, stationary));
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
        List<String> columns = new ArrayList<>(COLUMNS);
        if (spec.stationary()) {
            columns.add(KIND_COLUMN);
        }
        DataTable table = new DataTable(columns);
        boolean all = true;
        for (Curve c : curves(spec, err)) {
            for (PotentialPoint p : c.points()) {
                all &= p.converged();
                table.add(row(spec, c, p, "grid"));
            }
            for (StationaryPoint<PotentialPoint> s : c.stationary()) {
                all &= s.point().converged();
                table.add(row(spec, c, s.point(), s.kind().label()));
            }
            if (spec.stationary() && err != null) {
                StationarySummary.report(spec, c, err);
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
        params.put("stationary", spec.stationary());
        Map<String, Object> prov = Provenance.of("solve potential", params);
        prov.put("seconds", (System.nanoTime() - t0) / 1e9);
        return new SolveTable(table, prov, all);
    }

    private static Object[] row(PotentialSpec spec, Curve c, PotentialPoint p, String kind) {
        Task1Solution ref = c.reference();
        boolean ok = p.converged();
        List<Object> row = new ArrayList<>(List.of(c.alpha(), spec.beta(), spec.prior().label(),
                spec.reference().label(), ref.q(), ref.phi(), p.d(), p.v(), p.lagrangeField(), ref.phi() - p.v(),
                p.order().q(), p.order().r(), p.order().qStar(), p.order().p(), p.conjugates().dHat()));
        row.add(ok ? p.epsG() : null);
        row.addAll(List.of(p.iterations(), p.residual(), ok));
        if (spec.stationary()) {
            row.add(kind);
        }
        return row.toArray();
    }
}
