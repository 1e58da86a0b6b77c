package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The polynomial tables against the exact GaussianTail (itself checked against 760-digit references),
 * and directly against the 760-digit references.
 */
class GaussianTailTableTest {

    @ParameterizedTest(name = "t = {1}")
    @CsvFileSource(resources = "/" + ReferenceValuesGenerator.GAUSSIAN_TAIL_FILE, numLinesToSkip = 1)
    void tablesMatchHighPrecisionReference(int k, double t, double refLogH, double refMills) {
        // the same budget as against GaussianTail below: the table's own error, not the reference's
        double[] fast = new double[2];
        GaussianTailTable.logHAndMills(t, fast);
        if (t <= -10) { // flat region: 0, the true values being below 1e-22
            assertTrue(Math.abs(refLogH) < 1e-23 && refMills < 1e-22 && fast[0] == 0 && fast[1] == 0, "t=" + t);
            return;
        }
        assertTrue(Math.abs(fast[1] - refMills) / refMills < 1e-14, "M(" + t + ") = " + fast[1] + ", reference " + refMills);
        assertTrue(Math.abs(fast[0] - refLogH) / Math.max(1, Math.abs(refLogH)) < 1.5e-15,
                "log H(" + t + ") = " + fast[0] + ", reference " + refLogH);
    }

    @Test
    void tablesAgreeWithTheSpecialFunctions() {
        // Budget: M to 1e-14 relative (rounding relative to M's largest value on the unit interval, which
        // exceeds the smallest by up to 12x at u = −3); log H to 1.5e-15·max(1, |log H|) (a few ulp: table plus the subtracted u²/2) — far below the
        // 1e-10 at which the inner averages are checked.
        SplittableRandom rng = new SplittableRandom(1);
        double worstM = 0;
        double worstL = 0;
        double[] fast = new double[2];
        double[] exact = new double[2];
        for (int i = 0; i < 500_000; i++) {
            // uniform on [−45, 40]; a fine sweep of [−8, 32]; log-uniform on [32, 1e7] (asymptotic series)
            double u = i < 200_000 ? -45 + 85 * rng.nextDouble()
                    : i < 400_000 ? -8 + 0.001 * (i - 200_000) * 0.2 : 32 * Math.pow(10, 5.5 * rng.nextDouble());
            GaussianTailTable.logHAndMills(u, fast);
            GaussianTail.logHAndMills(u, exact);
            if (u <= -10) { // flat region: both are 0 to working precision (true values < 1e-22)
                assertTrue(Math.abs(exact[0]) < 1e-23 && exact[1] < 1e-22 && fast[0] == 0 && fast[1] == 0, "u=" + u);
                continue;
            }
            double relM = Math.abs(fast[1] - exact[1]) / exact[1];
            double absL = Math.abs(fast[0] - exact[0]) / Math.max(1, Math.abs(exact[0]));
            worstM = Math.max(worstM, relM);
            worstL = Math.max(worstL, absL);
            assertTrue(relM < 1e-14, "M(" + u + ") relative error " + relM);
            assertTrue(absL < 1.5e-15, "log H(" + u + ") error " + absL);
        }
        System.out.printf("GaussianTailTable: worst M relative %.1e, worst log H scaled %.1e%n", worstM, worstL);
    }
}
