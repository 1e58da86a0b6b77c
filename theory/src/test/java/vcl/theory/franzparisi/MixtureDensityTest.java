package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The mixture density's trapezoid sum, whose Gaussian weights follow from one another by a
 * recurrence, against the same sum with every weight an exact exponential: 2e-14 relative.
 */
class MixtureDensityTest {

    @Test
    void recurrenceMatchesExactExponentials() {
        ReferenceDensity rho = Reference.SOLVER.reference();
        double worst = 0;
        // (μ, c, σ): couplings c = βγ of 20 and 2, fields from narrow (a fine stride) to wide
        for (double[] mcs : new double[][] {{0.7, 20, 3}, {-1.2, 20, 0.5}, {0.3, 2, 0.4}, {2.5, 2, 1.5}, {0, 20, 12}}) {
            MixtureDensity psi = new MixtureDensity(rho, mcs[0], mcs[1], mcs[2]);
            for (int k = 0; k <= 400; k++) {
                double s = psi.lower() + (psi.upper() - psi.lower()) * k / 400.0;
                double exact = direct(rho, mcs[0], mcs[1], mcs[2], s);
                double fast = psi.value(s);
                if (exact > 1e-250) {
                    double rel = Math.abs(fast - exact) / exact;
                    worst = Math.max(worst, rel);
                    assertTrue(rel < 2e-14, "psi(" + s + ") = " + fast + ", exact weights " + exact + " at " + mcs[0]
                            + ", " + mcs[1] + ", " + mcs[2]);
                }
            }
        }
        System.out.printf("MixtureDensity: worst relative difference to exact weights %.1e%n", worst);
    }

    /** The trapezoid sum of MixtureDensity with an exponential per term (stride and window as there). */
    private static double direct(ReferenceDensity rho, double mu, double c, double sigma, double s) {
        double hf = rho.fineStep();
        if (!(sigma / c >= 1.5 * hf)) {
            return new MixtureDensity(rho, mu, c, sigma).value(s);
        }
        int stride = 1;
        while (2 * stride * hf <= Math.min(rho.step(), sigma / (1.5 * c)) && stride < (1 << ReferenceDensity.FINER)) {
            stride *= 2;
        }
        double uLo = (s - mu - 9.5 * sigma) / c;
        double uHi = (s - mu + 9.5 * sigma) / c;
        int i0 = Math.max(0, rho.fineIndexAtOrAbove(uLo));
        i0 = ((i0 + stride - 1) / stride) * stride;
        double sum = 0;
        for (int i = i0; i < rho.fineSize(); i += stride) {
            double u = rho.fineU(i);
            if (u > uHi) {
                break;
            }
            double d = s - mu - c * u;
            sum += rho.fineValue(i) * Math.exp(-d * d / (2 * sigma * sigma));
        }
        return sum * stride * hf / (Math.sqrt(2 * Math.PI) * sigma);
    }
}
