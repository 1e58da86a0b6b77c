package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vcl.theory.replica.Branch;
import vcl.theory.replica.FreeEntropyDerivatives;
import vcl.theory.prior.EntropyPrior;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/** The task-2 saddle point: limits (γ = 0, strong coupling, r0 = 1), stationarity, refinement. */
class Task2SolverTest {

    private static final Task2Solver S = Reference.SOLVER;

    @Test
    void zeroCouplingDecouplesTheTasks() {
        Task1Solver t1 = new Task1Solver(20, new FlatPrior(), Double.NaN, QuadratureSettings.DEFAULT, 1e-12, 500, true);
        for (double alpha2 : new double[] {0.5, 1.0}) {
            Task1Solution ref = t1.solve(alpha2, t1.smallAlphaGuess(alpha2));
            for (double r0 : new double[] {-0.5, 0.5}) {
                Task2Point p = new Task2Point(alpha2, 0, r0);
                Task2Solution s = S.solve(p, S.smallAlphaGuess(p));
                assertTrue(s.converged());
                assertEquals(ref.p(), s.p2(), 1e-8, "p2 = task-1 p at alpha = alpha2");
                assertEquals(r0 * s.p2(), s.p1(), 1e-8, "p1 = r0 p2");
                assertEquals(ref.r(), s.r(), 1e-8);
            }
        }
    }

    @Test
    void strongCouplingKeepsTheStudentOnTheReference() {
        ReferenceDensity rho = S.reference();
        for (double r0 : new double[] {-0.5, 0.5}) {
            Task2Point p = new Task2Point(0.01, 50, r0);
            Task2Solution s = S.solve(p, S.smallAlphaGuess(p));
            assertTrue(s.converged(), "converged " + s);
            assertEquals(rho.meanSign(), s.p1(), 1e-3, "p1 -> task-1 p at alpha1");
            assertEquals(r0 * rho.meanSign(), s.p2(), 1e-3, "p2 -> r0 times it");
        }
    }

    @Test
    void identicalTeachersGiveEqualOverlaps() {
        for (double gamma : new double[] {0.1, 1}) {
            Task2Point p = new Task2Point(1.0, gamma, 1);
            Task2Solution s = S.solve(p, S.smallAlphaGuess(p));
            assertTrue(s.converged());
            assertEquals(s.p1(), s.p2(), 1e-14);
        }
    }

    @Test
    void freeEntropyIsStationaryAtTheSolution() {
        for (Task2Point p : new Task2Point[] {new Task2Point(1.0, 1, 0.5), new Task2Point(0.5, 0.1, -0.5)}) {
            Task2Solution s = S.solve(p, S.smallAlphaGuess(p));
            assertTrue(s.converged());
            ReplicaModel m = S.model(p);
            double[] x = {s.q(), s.r(), s.qStar(), s.conjugates().qHat(), s.conjugates().rHat(), s.conjugates().qStarHat()};
            OrderParameters op = s.orderParameters();
            double gap = Math.min(op.q() - op.r() * op.r(), Math.min(op.qStar() - op.q(), 1 - op.qStar()));
            for (int k = 0; k < 6; k++) {
                double h = k < 3 ? 1e-3 * Math.min(gap, 1e-2) : 1e-5 * Math.max(1, Math.abs(x[k]));
                double scale = k < 3 ? Math.max(1, Math.abs(x[k + 3])) : 1;
                assertEquals(0, FreeEntropyDerivatives.derivative(m, x, k, h), 1e-7 * scale, "dPhi/dx" + k + " at " + p);
            }
            assertEquals(s.phi(), FreeEntropyDerivatives.phi(m, x), 1e-12);
        }
    }

    @Test
    void refiningTheQuadratureChangesTheSolutionByLessThan1e9() {
        QuadratureSettings fine = QuadratureSettings.DEFAULT.refined();
        ReferenceDensity rhoFine = new ReferenceDensity(Task2Solver.task1(2.0, 20, new FlatPrior(), fine).conjugates(),
                new FlatPrior(), fine);
        Task2Solver f = new Task2Solver(2.0, 20, rhoFine, fine, 1e-12, 400, true);
        Task2Point p = new Task2Point(1.0, 1, -0.5);
        Task2Solution a = S.solve(p, S.smallAlphaGuess(p));
        Task2Solution b = f.solve(p, a.orderParameters());
        assertTrue(a.converged() && b.converged());
        assertEquals(b.q(), a.q(), 1e-9);
        assertEquals(b.r(), a.r(), 1e-9);
        assertEquals(b.qStar(), a.qStar(), 1e-9);
        assertEquals(b.p1(), a.p1(), 1e-9);
        assertEquals(b.p2(), a.p2(), 1e-9);
        assertEquals(b.phi(), a.phi(), 1e-9);
    }

    @Test
    void alpha2SweepFindsBothBranchesAndTheTransition() {
        // gamma = 1, r0 = 0: the poor branch (p2 < 1) and the good one (p2 ~ 1) coexist around alpha2 = 4.5..5
        Task2Sweep sweep = new Task2Sweep(S);
        List<Task2Solution> rows = sweep.branches(new double[] {3.0, 4.5, 5.0, 6.0}, 1, 0, null);
        assertTrue(rows.stream().allMatch(Task2Solution::converged));
        List<Branch> at45 = rows.stream().filter(x -> x.alpha2() == 4.5).map(Task2Solution::branch).toList();
        List<Branch> at5 = rows.stream().filter(x -> x.alpha2() == 5.0).map(Task2Solution::branch).toList();
        assertEquals(List.of(Branch.POOR_STABLE, Branch.GOOD_METASTABLE), at45);
        assertEquals(List.of(Branch.POOR_METASTABLE, Branch.GOOD_STABLE), at5);
        Task2Solution good6 = rows.get(rows.size() - 1);
        assertTrue(good6.p2() > 0.999, "alpha2 = 6 learns teacher 2: " + good6);
        Optional<Double> t = sweep.transition(rows);
        assertTrue(t.isPresent() && t.get() > 4.5 && t.get() < 5.0, "transition " + t);
        // equal Franz-Parisi potentials there
        Task2Point p = new Task2Point(t.get(), 1, 0);
        Task2Solution poor = S.solve(p, rows.get(1).orderParameters());
        Task2Solution good = S.solve(p, rows.get(2).orderParameters());
        assertEquals(poor.phi(), good.phi(), 1e-7);
        assertTrue(good.r() - poor.r() > 0.1, "distinct branches");
        // the single-row view keeps the stable one at every alpha2
        assertEquals(4, sweep.overAlpha2(new double[] {3.0, 4.5, 5.0, 6.0}, 1, 0, null).size());
    }

    @Test
    void entropyPriorReferenceIsTask1UnderThatPrior() {
        EntropyPrior prior = new EntropyPrior(100);
        Task2Solver s = Task2Solver.around(2.0, 100, prior, QuadratureSettings.DEFAULT, 1e-10, 500);
        Task1Solution t1 = Task2Solver.task1(2.0, 100, prior, QuadratureSettings.DEFAULT);
        Task1Solution flat = Task2Solver.task1(2.0, 100, new FlatPrior(), QuadratureSettings.DEFAULT);
        assertEquals(t1.p(), s.reference().meanSign(), 1e-6, "reference retention = task-1 p under the prior");
        assertTrue(Math.abs(t1.p() - flat.p()) > 1e-3, "the prior changes task 1: " + t1.p() + " vs " + flat.p());
        Task2Point strong = new Task2Point(0.01, 50, 0.5);
        Task2Solution k = s.solve(strong, s.smallAlphaGuess(strong));
        assertTrue(k.converged(), "converged " + k);
        assertEquals(t1.p(), k.p1(), 2e-3, "strong coupling keeps task 1");
        Task2Point p = new Task2Point(1.0, 1, 0);
        Task2Solution a = s.solve(p, s.smallAlphaGuess(p));
        assertTrue(a.converged(), "gamma = 1 converges at beta = 100: " + a);
        assertTrue(a.p1() > 0 && a.p1() < t1.p(), "task 2 forgets part of task 1: " + a.p1());
    }

}
