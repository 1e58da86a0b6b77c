package vcl.theory.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The stall test of {@link AndersonSolver}: it ends solves without a fixed point and leaves converging ones alone. */
class AndersonStallTest {

    private static final AndersonSolver.Domain BOX = x -> Math.abs(x[0]) < 10 && Math.abs(x[1]) < 10;

    @Test
    void aConvergingSolveIsTheSameWithAndWithoutTheWindow() {
        // a linear contraction with fixed point (2, −1) and a slowly contracting direction (0.97)
        UnaryOperator<double[]> map = x -> new double[] {2 + 0.97 * (x[0] - 2) + 0.01 * (x[1] + 1), -1 + 0.5 * (x[1] + 1)};
        AndersonSolver s = new AndersonSolver(3, 0.5, 1e-12);
        AndersonSolver.Result plain = s.solve(400, map, new double[] {0, 0}, BOX);
        AndersonSolver.Result stalled = s.solve(400, 3, map, new double[] {0, 0}, BOX);
        assertTrue(plain.converged());
        assertEquals(plain.iterations(), stalled.iterations());
        assertArrayEquals(plain.x(), stalled.x(), 0);
        assertEquals(2, plain.x()[0], 1e-11);
        assertEquals(-1, plain.x()[1], 1e-11);
    }

    @Test
    void aMapPastItsSaddleNodeIsGivenUpAfterTheWindow() {
        // T(x) − x = (ε + (x − 1)², 0): no fixed point, the residual never falls below its start ε
        double eps = 1e-4;
        UnaryOperator<double[]> map = x -> new double[] {x[0] + eps + (x[0] - 1) * (x[0] - 1), x[1]};
        AndersonSolver s = new AndersonSolver(3, 0.5, 1e-10);
        AndersonSolver.Result stalled = s.solve(60, 15, map, new double[] {1, 0}, BOX);
        assertFalse(stalled.converged());
        assertEquals(16, stalled.iterations(), "the start and 15 evaluations that did not halve its residual");
        AndersonSolver.Result capped = s.solve(60, map, new double[] {1, 0}, BOX);
        assertFalse(capped.converged());
        assertEquals(60, capped.iterations());
    }
}
