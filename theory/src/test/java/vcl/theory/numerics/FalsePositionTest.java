package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FalsePositionTest {

    @Test
    void findsTheCubeRootOfTwoToTheBracketTolerance() {
        AtomicInteger calls = new AtomicInteger();
        double root = FalsePosition.illinois(1, -1, 2, 6, 1e-12, 100, x -> {
            calls.incrementAndGet();
            return OptionalDouble.of(x * x * x - 2);
        }).orElseThrow();
        assertEquals(Math.cbrt(2), root, 1e-12);
        assertTrue(calls.get() < 20, "superlinear: " + calls.get() + " evaluations");
    }

    @Test
    void aStronglyCurvedFunctionStillConverges() {
        // plain false position keeps one end for ever on exp(10x) - 1; the Illinois halving does not
        double root = FalsePosition.illinois(-1, Math.exp(-10) - 1, 1, Math.exp(10) - 1, 1e-12, 200,
                x -> OptionalDouble.of(Math.exp(10 * x) - 1)).orElseThrow();
        assertEquals(0, root, 1e-12);
    }

    @Test
    void endsEmptyWhereTheFunctionCannotBeEvaluated() {
        assertTrue(FalsePosition.illinois(0, -1, 1, 1, 1e-12, 100,
                x -> x > 0.3 ? OptionalDouble.empty() : OptionalDouble.of(x - 0.5)).isEmpty());
    }

    @Test
    void anExactZeroEndsTheSearchAtOnce() {
        assertEquals(0.5, FalsePosition.illinois(0, -1, 1, 1, 1e-12, 100, x -> OptionalDouble.of(x - 0.5))
                .orElseThrow());
    }
}
