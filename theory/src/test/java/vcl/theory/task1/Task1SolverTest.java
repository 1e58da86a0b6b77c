package vcl.theory.task1;

import vcl.theory.prior.EntropyPrior;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.Branch;
import vcl.theory.replica.FreeEntropyDerivatives;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The task-1 saddle point: stationarity of Φ, limits, quadrature refinement, branches and transition. */
class Task1SolverTest {

    private static Task1Solver solver(QuadratureSettings settings, double tolerance) {
        return new Task1Solver(20, new FlatPrior(), Double.NaN, settings, tolerance, 500, true);
    }

    /** Solves at α on the branch reached from small α (poor) or from the large-α guess (good). */
    private static Task1Solution solveOn(Task1Solver s, double alpha, boolean good) {
        if (good) {
            return s.solve(alpha, s.largeAlphaGuess());
        }
        OrderParameters guess = s.smallAlphaGuess(0.05);
        Task1Solution sol = null;
        for (double a = 0.05; a < alpha - 1e-12; a = Math.min(alpha, a + 0.05)) {
            sol = s.solve(Math.min(alpha, a + 0.05), guess);
            guess = sol.orderParameters();
        }
        return sol;
    }

    @Test
    void freeEntropyIsStationaryAtTheSolution() {
        // Budget 1e-7 on every partial derivative of the variational Φ(q, r, q*, q̂, r̂, q̂*), relative to the
        // two terms that cancel in it: ∂Φ/∂q = q̂/2 + α∂G_E/∂q is held to 1e-7·max(1, |q̂|) (q̂ reaches 1e3 on
        // the good branch, where the difference's quadrature noise is ~1e-13·|q̂|/h). Fourth-order differences
        // with steps 1e-3 of the local scale.
        Task1Solver s = solver(QuadratureSettings.DEFAULT, 1e-12);
        for (Object[] c : new Object[][] {{0.5, false}, {1.0, false}, {2.0, true}}) {
            Task1Solution sol = solveOn(s, (double) c[0], (boolean) c[1]);
            assertTrue(sol.converged(), "converged at " + c[0]);
            ReplicaModel m = s.model(sol.alpha());
            double[] x = {sol.q(), sol.r(), sol.qStar(), sol.conjugates().qHat(), sol.conjugates().rHat(),
                sol.conjugates().qStarHat()};
            OrderParameters op = sol.orderParameters();
            double gap = Math.min(op.q() - op.r() * op.r(), Math.min(op.qStar() - op.q(), 1 - op.qStar()));
            for (int k = 0; k < 6; k++) {
                double h = k < 3 ? 1e-3 * Math.min(gap, 1e-2) : 1e-6 * Math.max(1, Math.abs(x[k]));
                double scale = k < 3 ? Math.max(1, Math.abs(x[k + 3])) : 1;
                assertEquals(0, FreeEntropyDerivatives.derivative(m, x, k, h), 1e-7 * scale, "dPhi/dx" + k + " at alpha=" + sol.alpha());
            }
            assertEquals(sol.phi(), FreeEntropyDerivatives.phi(m, x), 1e-12);
        }
    }


    @Test
    void smallAlphaLimitIsTheFlatMeasure() {
        // α → 0: r, q → 0 and q* → 1/3 (the second moment of the uniform measure on [−1, 1]), linearly in α.
        Task1Solver s = solver(QuadratureSettings.DEFAULT, 1e-12);
        for (double alpha : new double[] {1e-2, 1e-3, 1e-4}) {
            Task1Solution sol = s.solve(alpha, s.smallAlphaGuess(alpha));
            assertTrue(sol.converged());
            assertTrue(sol.r() > 0 && sol.r() < 2 * alpha, "r=" + sol.r());
            assertTrue(sol.q() > 0 && sol.q() < 2 * alpha, "q=" + sol.q());
            assertEquals(1.0 / 3, sol.qStar(), 1.0 * alpha, "q*");
            assertEquals(0.5, sol.epsG(), 2 * alpha, "eps_g");
        }
    }

    @Test
    void doublingTheQuadratureChangesTheSolutionByLessThan1e9() {
        Task1Solver coarse = solver(QuadratureSettings.DEFAULT, 1e-13);
        Task1Solver fine = solver(QuadratureSettings.DEFAULT.refined(), 1e-13);
        for (Object[] c : new Object[][] {{0.5, false}, {1.0, false}, {2.0, true}}) {
            double alpha = (double) c[0];
            Task1Solution a = solveOn(coarse, alpha, (boolean) c[1]);
            Task1Solution b = solveOn(fine, alpha, (boolean) c[1]);
            assertTrue(a.converged() && b.converged());
            String at = " at alpha=" + alpha;
            assertEquals(b.q(), a.q(), 1e-9, "q" + at);
            assertEquals(b.r(), a.r(), 1e-9, "r" + at);
            assertEquals(b.qStar(), a.qStar(), 1e-9, "q*" + at);
            assertEquals(b.p(), a.p(), 1e-9, "p" + at);
            assertEquals(b.epsG(), a.epsG(), 1e-9, "eps_g" + at);
            assertEquals(b.phi(), a.phi(), 1e-9, "phi" + at);
        }
    }

    @Test
    void sweepFindsBothBranchesAndTheTransition() {
        Task1Sweep sweep = new Task1Sweep(solver(QuadratureSettings.DEFAULT, 1e-10));
        List<Task1Solution> rows = sweep.sweep(new double[] {0.5, 1.5, 1.6, 1.7, 2.0}, null);
        assertEquals(List.of(Branch.UNIQUE, Branch.POOR_STABLE,
                Branch.GOOD_METASTABLE, Branch.POOR_STABLE,
                Branch.GOOD_METASTABLE, Branch.POOR_METASTABLE,
                Branch.GOOD_STABLE, Branch.UNIQUE),
                rows.stream().map(Task1Solution::branch).toList());
        assertTrue(rows.stream().allMatch(Task1Solution::converged));
        Task1Solution good2 = rows.get(rows.size() - 1);
        assertTrue(good2.epsG() < 0.01 && good2.r() > 0.98, "alpha=2 is on the good branch: " + good2);
        Optional<Double> t = sweep.transition(rows);
        assertTrue(t.isPresent());
        assertTrue(t.get() > 1.6 && t.get() < 1.7, "transition " + t.get());
        // at the transition both branches have equal free entropy
        Task1Solver s = solver(QuadratureSettings.DEFAULT, 1e-12);
        Task1Solution p = s.solve(t.get(), rows.get(3).orderParameters());
        Task1Solution g = s.solve(t.get(), rows.get(4).orderParameters());
        assertEquals(p.phi(), g.phi(), 1e-8);
        assertTrue(g.r() - p.r() > 0.1, "distinct branches");
    }

    @Test
    void stallWindowLeavesTheSweepUnchanged() {
        // steps past the two spinodals are given up early; every accepted step, row and label stays the same
        Task1Solver s = solver(QuadratureSettings.DEFAULT, 1e-10);
        double[] alphas = {1.2, 1.5, 1.6, 1.7, 1.8};
        int[] plainIterations = new int[1];
        int[] stalledIterations = new int[1];
        List<Task1Solution> plain = new vcl.theory.replica.LoadContinuation<>(counting(s, plainIterations),
                new vcl.theory.replica.LoadContinuation.Settings(0.05, 1e-3, 0.05, 60, 0.05)).sweep(alphas, null);
        List<Task1Solution> stalled = new vcl.theory.replica.LoadContinuation<>(counting(s, stalledIterations),
                new vcl.theory.replica.LoadContinuation.Settings(0.05, 1e-3, 0.05, 60, 0.05, 15)).sweep(alphas, null);
        assertEquals(plain.size(), stalled.size());
        assertTrue(plain.stream().anyMatch(x -> x.branch() == Branch.GOOD_METASTABLE), "crosses a spinodal");
        for (int i = 0; i < plain.size(); i++) {
            assertEquals(plain.get(i).branch(), stalled.get(i).branch());
            assertEquals(plain.get(i).alpha(), stalled.get(i).alpha(), 0);
            assertEquals(plain.get(i).iterations(), stalled.get(i).iterations());
            assertEquals(plain.get(i).orderParameters().distance(stalled.get(i).orderParameters()), 0, 1e-12);
        }
        // the failed steps at the branch ends stopped early
        assertTrue(stalledIterations[0] < plainIterations[0] - 100,
                "iterations " + stalledIterations[0] + " vs " + plainIterations[0]);
    }

    /** The solver, adding the iterations of every solve to {@code total[0]}. */
    private static vcl.theory.replica.LoadSolver<Task1Solution> counting(Task1Solver s, int[] total) {
        return new vcl.theory.replica.LoadSolver<>() {
            @Override
            public Task1Solution solve(double load, OrderParameters guess) {
                return add(s.solve(load, guess));
            }

            @Override
            public Task1Solution solve(double load, OrderParameters guess, int iterationCap) {
                return add(s.solve(load, guess, iterationCap));
            }

            @Override
            public Task1Solution solve(double load, OrderParameters guess, int iterationCap, int stallWindow) {
                return add(s.solve(load, guess, iterationCap, stallWindow));
            }

            private Task1Solution add(Task1Solution x) {
                total[0] += x.iterations();
                return x;
            }

            @Override
            public OrderParameters lowLoadGuess(double load) {
                return s.lowLoadGuess(load);
            }

            @Override
            public OrderParameters highLoadGuess(double load) {
                return s.highLoadGuess(load);
            }
        };
    }

    @Test
    void fixedQStarVariantHoldsTheSelfOverlap() {
        Task1Solver s = new Task1Solver(5, new FlatPrior(), 0.9, QuadratureSettings.DEFAULT, 1e-12, 500, true);
        Task1Solution sol = s.solve(2.0, s.smallAlphaGuess(2.0));
        assertTrue(sol.converged());
        assertEquals(0.9, sol.qStar(), 0);
        ReplicaModel m = s.model(2.0);
        // the entropic q* equals the prescribed one, and Φ is stationary in (q, r, q̂, r̂)
        assertEquals(0.9, m.evaluate(sol.orderParameters()).entropic().qStar(), 1e-12);
        double[] x = {sol.q(), sol.r(), sol.qStar(), sol.conjugates().qHat(), sol.conjugates().rHat(),
            sol.conjugates().qStarHat()};
        for (int k : new int[] {0, 1, 3, 4}) {
            double h = k < 3 ? 1e-5 : 1e-6 * Math.max(1, Math.abs(x[k]));
            assertEquals(0, FreeEntropyDerivatives.derivative(m, x, k, h), 1e-7, "dPhi/dx" + k);
        }
    }

    @Test
    void entropyPriorWithZeroStrengthIsTheFlatPrior() {
        Task1Solver flat = solver(QuadratureSettings.DEFAULT, 1e-12);
        Task1Solver ent = new Task1Solver(20, new EntropyPrior(0), Double.NaN, QuadratureSettings.DEFAULT, 1e-12, 500, true);
        Task1Solution a = flat.solve(0.5, flat.smallAlphaGuess(0.5));
        Task1Solution b = ent.solve(0.5, ent.smallAlphaGuess(0.5));
        assertEquals(a.q(), b.q(), 1e-10);
        assertEquals(a.r(), b.r(), 1e-10);
        assertEquals(a.p(), b.p(), 1e-10);
    }
}
