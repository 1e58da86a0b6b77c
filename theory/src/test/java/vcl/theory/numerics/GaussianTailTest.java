package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * log H and the Mills ratio against independent 760-digit reference values on t ∈ [−40, 40]
 * (computed once by {@link ReferenceValuesGenerator} from {@link HighPrecision} and read from
 * {@code gaussian-tail-reference.csv}). Budget: 1e-15 relative (a few ulp: one erfcx or erfc, one
 * log or exp) for both, except where the values underflow (t below −37.5), where they are compared
 * absolutely.
 */
class GaussianTailTest {

    private static double worstLog;
    private static double worstMills;

    @ParameterizedTest(name = "t = {1}")
    @CsvFileSource(resources = "/" + ReferenceValuesGenerator.GAUSSIAN_TAIL_FILE, numLinesToSkip = 1)
    void logHAndMillsMatchHighPrecisionReference(int k, double t, double refLogH, double refMills) {
        assertEquals(ReferenceValuesGenerator.gridPoint(k), t, 0.0, "grid point of the reference file");
        // below t ≈ −37.5, log H ≈ −H(−t) underflows: there both must be 0 to within 1e-300
        double relLog = Math.abs(refLogH) < 1e-290 ? Math.abs(GaussianTail.logH(t) - refLogH) / 1e-300 * 1e-16
                : Math.abs(GaussianTail.logH(t) - refLogH) / Math.abs(refLogH);
        // below t ≈ −37.5, M is subnormal (reduced precision): compare absolutely there
        double relMills = refMills < Double.MIN_NORMAL ? Math.abs(GaussianTail.mills(t) - refMills) / 1e-300
                : Math.abs(GaussianTail.mills(t) - refMills) / refMills;
        worstLog = Math.max(worstLog, relLog);
        worstMills = Math.max(worstMills, relMills);
        assertTrue(relLog < 1e-15, "log H(" + t + ") relative error " + relLog);
        assertTrue(relMills < 1e-15, "M(" + t + ") relative error " + relMills);
        double[] both = new double[2];
        GaussianTail.logHAndMills(t, both);
        assertEquals(GaussianTail.logH(t), both[0], 0.0);
        assertEquals(GaussianTail.mills(t), both[1], 2e-16 * both[1]);
    }

    @Test
    void referenceFileCoversTheWholeGrid() throws Exception {
        try (var in = GaussianTailTest.class.getResourceAsStream("/" + ReferenceValuesGenerator.GAUSSIAN_TAIL_FILE)) {
            long rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("k,")).count();
            assertEquals(2 * ReferenceValuesGenerator.K_MAX + 1, rows);
        }
    }

    @AfterAll
    static void reportWorst() {
        System.out.printf("GaussianTail: worst relative error log H %.2e, Mills %.2e%n", worstLog, worstMills);
    }

    @Test
    void noUnderflowAtTheEnds() {
        // asymptotic series H(t) = G(t)/t (1 − t⁻² + 3t⁻⁴ − 15t⁻⁶ + …), next term 105 t⁻⁸ ≈ 2e-11
        double t2 = 1600;
        assertEquals(-0.5 * t2 - Math.log(40 * Math.sqrt(2 * Math.PI)) + Math.log1p(-1 / t2 + 3 / t2 / t2 - 15 / t2 / t2 / t2),
                GaussianTail.logH(40), 1e-10);
        assertEquals(40 + 1.0 / 40, GaussianTail.mills(40), 1e-3);
        assertTrue(Math.abs(GaussianTail.logH(-40)) < 1e-300 && GaussianTail.logH(-40) <= 0);
        assertTrue(GaussianTail.mills(-40) >= 0 && GaussianTail.mills(-40) < 1e-300);
        assertTrue(Double.isFinite(GaussianTail.logH(1e5)));
    }

    @Test
    void valueIsOneMinusReflection() {
        for (double t = -8; t <= 8; t += 0.37) {
            assertEquals(1.0, GaussianTail.value(t) + GaussianTail.value(-t), 2e-16);
        }
        assertEquals(0.5, GaussianTail.value(0), 0);
    }
}
