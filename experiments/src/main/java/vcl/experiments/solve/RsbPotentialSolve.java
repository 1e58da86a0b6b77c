package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.PotentialSpec;
import vcl.experiments.spec.UserInputException;
import vcl.theory.potential.RsbCoupledOrder;
import vcl.theory.potential.RsbPotentialModel;
import vcl.theory.potential.RsbPotentialPoint;
import vcl.theory.potential.RsbPotentialSolver;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.rsb.RsbBranch;
import vcl.theory.rsb.RsbSolution;
import vcl.theory.rsb.RsbSolver;
import vcl.theory.rsb.RsbState;
import vcl.theory.task1.Task1Solution;

/**
 * The Franz-Parisi potential V(d) around a one-step RSB reference (docs/theory-potential.md section
 * 10): per load the 1RSB poor branch of task 1 (at the static Parisi x* or a given x, marched from
 * just above the AT point by {@link RsbBranch}), then at every overlap d the constrained saddle
 * point: V, the Lagrange field {@code d_hat = −dV/dd}, {@code delta_v = Φ − V} (Φ the reference's
 * 1RSB free entropy; zero at d = q1 when x = x*), the constrained order parameters, the convergence
 * flags.
 */
public final class RsbPotentialSolve {

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("alpha", "beta", "prior", "reference", "x", "q0", "q1",
            "phi1", "d", "v", "d_hat", "delta_v", "q", "r", "qstar", "p1", "p0", "site_coupling", "eps_g",
            "iterations", "residual", "converged");

    private RsbPotentialSolve() {
    }

    /** The potential at one load: its 1RSB reference and the points in the order of the overlaps. */
    public record Curve(double alpha, RsbSolution reference, List<RsbPotentialPoint> points) {
    }

    /** The 1RSB poor branch at the spec's loads (in increasing order). */
    public static List<RsbSolution> references(PotentialSpec spec) {
        SingleSiteMeasure measure = spec.prior().measure(spec.beta(), spec.strength());
        RsbSolver solver = new RsbSolver(spec.beta(), measure, QuadratureSettings.DEFAULT, 1e-10, 500);
        RsbBranch branch = new RsbBranch(solver, spec.parisiX() == null ? Double.NaN : spec.parisiX());
        double[] alphas = java.util.Arrays.stream(spec.alpha()).sorted().distinct().toArray();
        RsbBranch.Trace trace = branch.solve(alphas);
        if (!trace.complete()) {
            throw UserInputException.malformed("--alpha", String.format(Locale.ROOT,
                    "the 1RSB poor branch of task 1 ends between alpha = %.4g and %.4g (not all loads reached)",
                    trace.lastAlpha(), trace.endBelow()));
        }
        return trace.points();
    }

    /** Solves every load of the spec with the given block rule size (progress on {@code err}, or silent when null). */
    public static List<Curve> curves(PotentialSpec spec, int blockPoints, PrintWriter err) {
        List<RsbSolution> refs = references(spec);
        List<Curve> out = new ArrayList<>();
        try (Progress progress = err == null ? Progress.SILENT.start("solve potential --rsb", refs.size())
                : Progress.start("solve potential --rsb", refs.size(), err)) {
            for (int i = 0; i < refs.size(); i++) {
                out.add(curve(refs.get(i), spec.d(), spec.tolerance(), spec.maxIterations(), blockPoints));
                progress.step(i + 1);
            }
        }
        return out;
    }

    /** The potential around one 1RSB reference at the overlaps ds (continued from d = q1 both ways). */
    public static Curve curve(RsbSolution reference, double[] ds, double tolerance, int maxIterations,
            int blockPoints) {
        RsbState state = reference.state();
        RsbPotentialModel model = new RsbPotentialModel(state, QuadratureSettings.DEFAULT, blockPoints, true);
        RsbPotentialSolver solver = new RsbPotentialSolver(model, tolerance, maxIterations);
        return new Curve(state.alpha(), reference, solver.curve(ds));
    }

    /**
     * The state of the unconstrained second system around one 1RSB reference that is the task-1
     * solution {@code other} (e.g. the good branch): started in it, with p1 = p0 = d = r·r1 as the
     * guess of its overlap with the reference ({@link RsbPotentialSolver#unconstrained}).
     */
    public static RsbPotentialPoint state(RsbSolution reference, Task1Solution other, double tolerance,
            int maxIterations, int blockPoints) {
        RsbState state = reference.state();
        RsbPotentialModel model = new RsbPotentialModel(state, QuadratureSettings.DEFAULT, blockPoints, true);
        double d0 = other.r() * state.r();
        return new RsbPotentialSolver(model, tolerance, maxIterations).unconstrained(new RsbCoupledOrder(other.q(),
                other.r(), other.qStar(), d0, d0, d0));
    }

    /** Computes the rows, reporting progress on {@code err}. */
    public static SolveTable run(PotentialSpec spec, PrintWriter err) {
        long t0 = System.nanoTime();
        DataTable table = new DataTable(COLUMNS);
        boolean all = true;
        for (Curve c : curves(spec, RsbPotentialModel.BLOCK_POINTS, err)) {
            RsbState ref = c.reference().state();
            for (RsbPotentialPoint p : c.points()) {
                boolean ok = p.converged();
                all &= ok;
                table.add(c.alpha(), spec.beta(), spec.prior().label(), "poor-1rsb", ref.x(), ref.q0(), ref.q1(),
                        ref.phi(), p.d(), p.v(), p.lagrangeField(), ref.phi() - p.v(), p.order().q(), p.order().r(),
                        p.order().qStar(), p.order().p1(), p.order().p0(), p.conjugates().dHat(),
                        ok ? p.epsG() : null, p.iterations(), p.residual(), ok);
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", spec.alpha());
        params.put("beta", spec.beta());
        params.put("d", spec.d());
        params.put("prior", spec.prior().label());
        params.put("entropy_k", spec.entropyK());
        params.put("reference", "poor-1rsb");
        params.put("parisi_x", spec.parisiX() == null ? "static" : spec.parisiX());
        params.put("block_points", RsbPotentialModel.BLOCK_POINTS);
        params.put("tolerance", spec.tolerance());
        params.put("max_iterations", spec.maxIterations());
        Map<String, Object> prov = Provenance.of("solve potential", params);
        prov.put("seconds", (System.nanoTime() - t0) / 1e9);
        return new SolveTable(table, prov, all);
    }
}
