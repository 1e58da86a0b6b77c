package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.RsbSpec;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.rsb.RsbBranch;
import vcl.theory.rsb.RsbFold;
import vcl.theory.rsb.RsbSolution;
import vcl.theory.rsb.RsbSolver;
import vcl.theory.rsb.RsbState;
import vcl.theory.rsb.RsbTransition;
import vcl.theory.rsb.StaticParisi;
import vcl.theory.task1.Task1Solution;

/**
 * The 1RSB poor branch of task 1 as rows (docs/theory-beyond.md, "1RSB solution"): at every load the
 * 1RSB saddle point at x* (or the given x), continued along the branch from just above the AT line,
 * with the RS poor branch's Φ and ε_g beside it. Below the AT line the rows are replica symmetric
 * (gap 0, and at x* the x column empty: Φ does not depend on x there); loads beyond the end of the 1RSB poor branch get no row (stderr says where it ends, and the
 * result counts as not converged). With {@code transition} the load where the 1RSB poor branch's Φ meets
 * the good branch's and, where the branch at x* ends among the loads, its end: the fold located by
 * {@link RsbFold} (stderr and the provenance's {@code branch_fold}).
 */
public final class RsbSolve {

    /** The CSV columns. */
    public static final List<String> COLUMNS = List.of("alpha", "beta", "prior", "x", "q0", "q1", "qstar", "r",
            "q0hat", "q1hat", "qstarhat", "rhat", "gap", "phi", "phi_rs", "eps_g", "eps_g_rs", "dphi_dx", "iterations",
            "residual", "converged");

    private RsbSolve() {
    }

    /** Solves, reporting progress, the branch's end and the transition on {@code err}. */
    public static SolveTable run(RsbSpec spec, PrintWriter err) {
        long t0 = System.nanoTime();
        RsbSolver solver = new RsbSolver(spec.beta(), spec.prior().measure(spec.beta(), spec.strength()),
                QuadratureSettings.DEFAULT, spec.tolerance(), spec.maxIterations());
        RsbBranch branch = new RsbBranch(solver, spec.x());
        double[] alphas = java.util.Arrays.stream(spec.alpha()).sorted().distinct().toArray();
        RsbBranch.Trace trace;
        try (Progress progress = Progress.start("solve rsb", alphas.length, err)) {
            trace = branch.solve(alphas, progress::step);
        }
        DataTable table = new DataTable(COLUMNS);
        boolean all = true;
        for (RsbSolution s : trace.points()) {
            RsbState st = s.state();
            Task1Solution rs = solver.replicaSymmetric(st.alpha());
            all &= s.converged();
            // x* is undefined on a replica-symmetric row (Φ does not depend on x there): left empty
            Double x = spec.staticX() && s.gap() < StaticParisi.GAP_MIN ? null : st.x();
            table.add(st.alpha(), spec.beta(), spec.prior().label(), x, st.q0(), st.q1(), st.qStar(), st.r(),
                    st.q0Hat(), st.q1Hat(), st.qStarHat(), st.rHat(), s.gap(), st.phi(),
                    rs.converged() ? rs.phi() : null, s.epsG(), rs.converged() ? rs.epsG() : null, s.phiSlope(),
                    s.iterations(), s.residual(), s.converged());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("alpha", alphas);
        params.put("beta", spec.beta());
        params.put("prior", spec.prior().label());
        params.put("x", spec.staticX() ? "static" : spec.x());
        params.put("tolerance", spec.tolerance());
        Map<String, Object> prov = Provenance.of("solve rsb", params);
        if (!trace.complete()) {
            all = false;
            prov.put("branch_last_alpha", trace.lastAlpha());
            prov.put("branch_end_below", trace.endBelow());
            err.printf(Locale.ROOT, "the 1RSB poor branch ends between alpha = %.6f and %.6f: no rows beyond%n",
                    trace.lastAlpha(), trace.endBelow());
        }
        if (spec.transition()) {
            all &= transition(solver, branch, trace, prov, err);
            if (!trace.complete() && spec.staticX()) {
                branchEnd(solver, trace, prov, err);
            }
        }
        prov.put("seconds", (System.nanoTime() - t0) / 1e9);
        err.flush();
        return new SolveTable(table, prov, !trace.points().isEmpty() && all);
    }

    /** Where the branch at x* ends: its fold, located from the last point the march accepted ({@link RsbFold}). */
    private static void branchEnd(RsbSolver solver, RsbBranch.Trace trace, Map<String, Object> prov, PrintWriter err) {
        Optional<RsbSolution> fold = trace.last() == null || trace.last().gap() < StaticParisi.GAP_MIN
                ? Optional.empty()
                : RsbFold.bracket(solver, trace.last()).map(f -> f.fold(RsbFold.Method.MAXIMUM_LOAD));
        if (fold.isEmpty()) {
            err.println("the end of the 1RSB poor branch could not be located as a fold");
            return;
        }
        RsbState f = fold.get().state();
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("alpha", f.alpha());
        end.put("x", f.x());
        end.put("q0", f.q0());
        end.put("q1", f.q1());
        end.put("qstar", f.qStar());
        end.put("r", f.r());
        end.put("phi", f.phi());
        end.put("eps_g", fold.get().epsG());
        prov.put("branch_fold", end);
        err.printf(Locale.ROOT, "the 1RSB poor branch ends at a fold: alpha = %.9f (x* = %.6f, q0 = %.6f, q1 = %.6f,"
                + " q* = %.6f, r = %.6f, phi = %.9f)%n", f.alpha(), f.x(), f.q0(), f.q1(), f.qStar(), f.r(), f.phi());
    }

    private static boolean transition(RsbSolver solver, RsbBranch branch, RsbBranch.Trace trace,
            Map<String, Object> prov, PrintWriter err) {
        Optional<Double> at;
        try {
            at = RsbTransition.locate(solver, branch, trace);
        } catch (IllegalStateException | IllegalArgumentException failed) {
            err.println("the transition could not be located: " + failed.getMessage());
            return false;
        }
        prov.put("transition_alpha", at.orElse(null));
        err.println(at.map(a -> String.format(Locale.ROOT,
                "first-order transition with the 1RSB poor branch (its phi = the good branch's): alpha_t = %.9f", a))
                .orElse("no crossing of the 1RSB poor branch's phi with the good branch's among the loads solved"));
        return true;
    }
}
