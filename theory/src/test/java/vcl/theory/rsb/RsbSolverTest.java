package vcl.theory.rsb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.task1.Task1Solution;

/**
 * The 1RSB saddle point of task 1 at β = 20: the replica-symmetric reduction (at q0 = q1 the RS
 * solution is a fixed point of the 1RSB map for any x, with the RS Φ), the collapse of the gap below
 * the AT line and its continuous (linear) onset above it, ∂Φ/∂x against differences of the solved Φ,
 * and the static Parisi parameter.
 */
class RsbSolverTest {

    private static final double BETA = 20;
    /** α_AT(β = 20) from the replicon (docs/theory-beyond.md section 6). */
    private static final double ALPHA_AT = 0.728926046;
    private final RsbSolver solver = new RsbSolver(BETA);

    @Test
    void theReplicaSymmetricSolutionIsAFixedPointWithItsFreeEntropyForAnyX() {
        for (double alpha : new double[] {0.6, 1.2}) {
            Task1Solution rs = solver.replicaSymmetric(alpha);
            assertTrue(rs.converged());
            var op = rs.orderParameters();
            var c = rs.conjugates();
            for (double x : new double[] {0.3, 0.8}) {
                RsbModel model = solver.model(alpha, x);
                RsbModel.Evaluation ev = model.evaluate(new double[] {op.q(), op.q(), op.qStar(), op.r()});
                String at = "alpha = " + alpha + ", x = " + x;
                assertEquals(c.qHat(), ev.q1Hat(), 1e-9 * c.qHat(), at);
                assertEquals(c.qHat(), ev.q0Hat(), 1e-9 * c.qHat(), at);
                assertEquals(c.qStarHat(), ev.qStarHat(), 1e-9 * c.qStarHat(), at);
                assertEquals(c.rHat(), ev.rHat(), 1e-9 * c.rHat(), at);
                double[] image = ev.image();
                assertEquals(op.q(), image[0], 1e-10, at);
                assertEquals(op.q(), image[1], 1e-10, at);
                assertEquals(op.qStar(), image[2], 1e-10, at);
                assertEquals(op.r(), image[3], 1e-10, at);
                assertEquals(rs.phi(), model.freeEntropy(ev), 1e-9, at);
                assertEquals(0, model.freeEntropySlope(ev), 1e-9, at);
            }
        }
    }

    @Test
    void belowTheAtLineTheGapCollapses() {
        double alpha = ALPHA_AT - 0.01;
        RsbSolution s = solver.solve(alpha, 0.5);
        assertTrue(s.converged());
        assertTrue(s.gap() < 1e-7, "gap " + s.gap());
        assertEquals(solver.replicaSymmetric(alpha).phi(), s.phi(), 1e-9);
    }

    @Test
    void aboveTheAtLineAGapAppearsContinuously() {
        double[] gaps = new double[3];
        double[] dPhi = new double[3];
        double[] deltas = {0.0025, 0.005, 0.01};
        for (int i = 0; i < 3; i++) {
            double alpha = ALPHA_AT + deltas[i];
            RsbSolution s = solver.solve(alpha, 0.5);
            assertTrue(s.converged(), "alpha = " + alpha);
            gaps[i] = s.gap();
            dPhi[i] = s.phi() - solver.replicaSymmetric(alpha).phi();
            assertTrue(gaps[i] > 1e-3, "gap " + gaps[i] + " at alpha = " + alpha);
            assertTrue(dPhi[i] < 0, "Phi_1RSB < Phi_RS at alpha = " + alpha);
        }
        // the gap grows linearly from 0 at α_AT (1.27 per unit of α at x = 0.5) ...
        assertEquals(2, gaps[1] / gaps[0], 0.02);
        assertEquals(2, gaps[2] / gaps[1], 0.02);
        assertEquals(0, 2 * gaps[0] - gaps[1], 0.01 * gaps[0]);
        // ... and Φ_1RSB − Φ_RS like (α − α_AT)³
        assertEquals(8, dPhi[1] / dPhi[0], 0.5);
        assertEquals(8, dPhi[2] / dPhi[1], 0.5);
    }

    @Test
    void theSlopeInXIsTheDerivativeOfTheSolvedFreeEntropy() {
        double alpha = 1.0;
        double x = 0.5;
        double h = 2e-3;
        RsbSolution mid = solver.solve(alpha, x);
        double[] phi = new double[4];
        double[] steps = {-2 * h, -h, h, 2 * h};
        for (int i = 0; i < 4; i++) {
            RsbSolution s = solver.solve(alpha, x + steps[i], mid.state());
            assertTrue(s.converged());
            phi[i] = s.phi();
        }
        double fd = (8 * (phi[2] - phi[1]) - (phi[3] - phi[0])) / (12 * h);
        assertEquals(fd, mid.phiSlope(), 1e-7);
        assertTrue(Math.abs(mid.phiSlope()) > 0.05, "a slope worth testing: " + mid.phiSlope());
    }

    @Test
    void theStaticParisiParameterMinimisesPhiOverX() {
        double alpha = 1.0;
        RsbSolution star = new StaticParisi(solver).solve(alpha);
        assertTrue(star.converged());
        double x = star.state().x();
        assertTrue(x > 0.3 && x < 0.45, "x* = " + x);
        assertEquals(0, star.phiSlope(), 1e-8);
        for (double dx : new double[] {-0.05, 0.05}) {
            RsbSolution s = solver.solve(alpha, x + dx, star.state());
            assertTrue(s.phi() > star.phi(), "Phi(x* + " + dx + ") = " + s.phi() + " vs " + star.phi());
        }
        assertTrue(star.phi() < solver.replicaSymmetric(alpha).phi() - 0.01);
    }
}
