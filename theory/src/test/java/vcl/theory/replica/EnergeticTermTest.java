package vcl.theory.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.GaussLegendre;
import vcl.theory.numerics.QuadratureRule;

/** The energetic term against finite differences, a closed form at β = 1 and brute-force inner integrals. */
class EnergeticTermTest {

    private static final OrderParameters[] POINTS = {
        new OrderParameters(0.54, 0.38, 0.68),      // poor branch, α ≈ 0.5
        new OrderParameters(0.849, 0.605, 0.912),   // poor branch, α ≈ 1
        new OrderParameters(0.9782, 0.9890, 0.9784) // good branch, α ≈ 2: 1 − q* ≈ 2e-2, q − r² ≈ 3e-4
    };

    @Test
    void derivativesMatchCentralFiniteDifferences() {
        // Central differences with h = 1e-3 × the smallest distance to the domain's edges (q − r², q* − q,
        // 1 − q*), on which G_E varies: truncation ~(h/gap)² ≈ 1e-6 relative, quadrature noise ~1e-12/h.
        for (double beta : new double[] {1, 20, 200}) {
            EnergeticTerm e = new EnergeticTerm(beta);
            for (OrderParameters p : POINTS) {
                EnergeticDerivatives d = e.evaluate(p);
                double h = 1e-3 * Math.min(1e-2, Math.min(p.q() - p.r() * p.r(), Math.min(p.qStar() - p.q(), 1 - p.qStar())));
                double fdq = (e.evaluate(new OrderParameters(p.q() + h, p.r(), p.qStar())).value()
                        - e.evaluate(new OrderParameters(p.q() - h, p.r(), p.qStar())).value()) / (2 * h);
                double fdr = (e.evaluate(new OrderParameters(p.q(), p.r() + h, p.qStar())).value()
                        - e.evaluate(new OrderParameters(p.q(), p.r() - h, p.qStar())).value()) / (2 * h);
                double fds = (e.evaluate(new OrderParameters(p.q(), p.r(), p.qStar() + h)).value()
                        - e.evaluate(new OrderParameters(p.q(), p.r(), p.qStar() - h)).value()) / (2 * h);
                String at = "beta=" + beta + " at " + p;
                assertEquals(fdq, d.dq(), 2e-6 * Math.max(1, Math.abs(fdq)), "dG/dq " + at);
                assertEquals(fdr, d.dr(), 2e-6 * Math.max(1, Math.abs(fdr)), "dG/dr " + at);
                assertEquals(fds, d.dqStar(), 2e-6 * Math.max(1, Math.abs(fds)), "dG/dq* " + at);
            }
        }
    }

    @Test
    void betaOneHasAClosedFormInnerAverage() {
        // β = 1: K(z) = ∫Dx H(−(√q z + c x)/s) = H(−√q z/√(1−q)); outer average by 400-point Gauss-Legendre on [−12, 12].
        EnergeticTerm e = new EnergeticTerm(1.0);
        QuadratureRule gl = GaussLegendre.rule(400);
        for (OrderParameters p : new OrderParameters[] {POINTS[0], POINTS[1]}) {
            double omega = p.r() / Math.sqrt(p.q() - p.r() * p.r());
            double ref = 0;
            for (int i = 0; i < gl.size(); i++) {
                double z = 12 * gl.node(i);
                ref += 12 * gl.weight(i) * GaussianTail.density(z) * 2 * GaussianTail.value(-omega * z)
                        * GaussianTail.logH(-Math.sqrt(p.q()) * z / Math.sqrt(1 - p.q()));
            }
            assertEquals(ref, e.evaluate(p).value(), 1e-12, "G_E at beta = 1, " + p);
        }
    }

    @Test
    void innerAverageMatchesBruteForceForSharpIntegrands() {
        // β up to 1000 and s down to 0.01: the tilted measure has an edge of width ~s/c; compare with a
        // 1600001-point trapezoid on [−80, 80] in log space (step 1e-4, error far below 1e-10 here).
        for (double beta : new double[] {20, 1000}) {
            for (double[] ycs : new double[][] {{-1.5, 0.3, 0.1}, {0.4, 0.2, 0.01}, {-3, 0.05, 0.01}, {2, 0.5, 0.5}}) {
                double y = ycs[0];
                double c = ycs[1];
                double s = ycs[2];
                InnerAverage inner = new InnerAverage(beta, GaussLegendre.rule(16), QuadratureSettings.DEFAULT);
                inner.evaluate(y, c, s);
                BruteForceInner ref = new BruteForceInner(beta, y, c, s, 80, 1_600_001, true);
                double logK = ref.logK;
                String at = "beta=" + beta + " y=" + y + " c=" + c + " s=" + s;
                assertEquals(logK, inner.logK, 1e-10 * Math.max(1, Math.abs(logK)), "log K " + at);
                assertEquals(ref.meanM, inner.meanM, 1e-10 * Math.max(1, ref.meanM), "<M> " + at);
                assertEquals(ref.meanM2, inner.meanM2, 1e-10 * Math.max(1, ref.meanM2), "<M^2> " + at);
            }
        }
    }

    @Test
    void parallelAndSerialAreBitIdentical() {
        EnergeticTerm par = new EnergeticTerm(20, QuadratureSettings.DEFAULT, true);
        EnergeticTerm ser = new EnergeticTerm(20, QuadratureSettings.DEFAULT, false);
        for (OrderParameters p : POINTS) {
            assertEquals(ser.evaluate(p), par.evaluate(p));
        }
    }

    @Test
    void gaussHermiteAgreesWhereTheIntegrandIsSmooth() {
        // independent outer rule: for a smooth point (ω ≈ 0.9, s/√q ≈ 0.77), 120-point Gauss-Hermite in z
        OrderParameters p = POINTS[0];
        EnergeticTerm e = new EnergeticTerm(20);
        QuadratureRule gh = GaussHermite.rule(120);
        InnerAverage inner = new InnerAverage(20, GaussLegendre.rule(32), QuadratureSettings.DEFAULT.refined());
        double omega = p.r() / Math.sqrt(p.q() - p.r() * p.r());
        double ref = 0;
        for (int i = 0; i < gh.size(); i++) {
            double z = gh.node(i);
            inner.evaluate(Math.sqrt(p.q()) * z, Math.sqrt(p.qStar() - p.q()), Math.sqrt(1 - p.qStar()));
            ref += gh.weight(i) * 2 * GaussianTail.value(-omega * z) * inner.logK;
        }
        assertEquals(ref, e.evaluate(p).value(), 1e-9);
    }
    @Test
    void gaussianTailInClosedFormMatchesTrapezoid() {
        // cases whose growing-x side reaches u = −(y + c x)/s ≤ −10, where the inner average adds the
        // Gaussian tail in closed form; smooth integrands, so the 1600001-point trapezoid is exact far
        // below the tolerances (1e-13 in log K, 1e-12 in the Mills averages, relative where they exceed 1;
        // where M is below 1e-22 the table returns 0, so tiny averages are compared absolutely)
        for (double[] bycs : new double[][] {{20, 2, 0.5, 0.5}, {20, 6, 0.3, 0.6}, {1, 3, 1, 1}, {200, 1, 0.4, 0.3},
            {20, 0.4, 0.2, 0.01}}) {
            InnerAverage inner = new InnerAverage(bycs[0], GaussLegendre.rule(12), QuadratureSettings.DEFAULT);
            inner.evaluate(bycs[1], bycs[2], bycs[3]);
            BruteForceInner ref = new BruteForceInner(bycs[0], bycs[1], bycs[2], bycs[3], 80, 1_600_001, true);
            String at = "beta=" + bycs[0] + " y=" + bycs[1] + " c=" + bycs[2] + " s=" + bycs[3];
            assertEquals(ref.logK, inner.logK, 1e-13 * Math.max(1, Math.abs(ref.logK)), "log K " + at);
            assertEquals(ref.meanM, inner.meanM, 1e-12 * Math.max(1, ref.meanM), "<M> " + at);
            assertEquals(ref.meanM2, inner.meanM2, 1e-12 * Math.max(1, ref.meanM2), "<M^2> " + at);
        }
    }
}
