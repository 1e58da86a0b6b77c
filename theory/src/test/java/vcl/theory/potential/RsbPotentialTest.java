package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.rsb.RsbState;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * The Franz-Parisi potential around a one-step reference against independent things: the
 * replica-symmetric model at a degenerate reference, finite differences of its own terms, the
 * reference's own 1RSB free entropy.
 */
class RsbPotentialTest {

    private static final double BETA = 20;
    private static final Task1Solution TASK1 = new Task1Solver(BETA).stable(1.3);
    private static final FlatPrior FLAT = new FlatPrior();
    /** An admissible reference with a gap (not a saddle point): q0 < q1 < q*, q0^ < q1^. */
    static final RsbState GAPPED = new RsbState(1.3, BETA, FLAT, 0.6, 0.90, 0.935, TASK1.qStar(), TASK1.r(),
            120, 200, TASK1.conjugates().qStarHat(), TASK1.conjugates().rHat(), TASK1.phi());
    private static final RsbPotentialModel MODEL = new RsbPotentialModel(GAPPED, QuadratureSettings.DEFAULT, 8, true);

    @Test
    void aDegenerateReferenceGivesTheReplicaSymmetricPotential() {
        RsbState rs = RsbState.replicaSymmetric(TASK1, FLAT, 0.4);
        RsbPotentialModel one = new RsbPotentialModel(rs, QuadratureSettings.DEFAULT, 8, true);
        PotentialModel two = new PotentialModel(Reference.of(TASK1, FLAT), QuadratureSettings.DEFAULT, true);
        double q1 = TASK1.q();
        double[][] points = {{q1, TASK1.r(), TASK1.qStar(), q1, q1}, {0.92, 0.70, 0.935, 0.89, 0.91},
            {0.93, 0.69, 0.962, 0.924, 0.935}};
        for (double[] p : points) {
            CoupledOrder op = new CoupledOrder(p[0], p[1], p[2], p[3], p[4]);
            RsbCoupledOrder rop = new RsbCoupledOrder(p[0], p[1], p[2], p[3], p[3], p[4]);
            PotentialModel.Evaluation ev = two.evaluateAtOverlap(op, TASK1.conjugates().qHat());
            RsbPotentialModel.Evaluation rev = one.evaluateAtOverlap(rop, TASK1.conjugates().qHat());
            double v = two.freeEntropy(ev);
            assertEquals(v, one.freeEntropy(rev), 1e-9 * Math.max(1, Math.abs(v)), "V at " + op);
            double dHat = ev.conjugates().dHat();
            assertEquals(dHat, rev.conjugates().dHat(), 1e-9 * Math.max(1, Math.abs(dHat)), "d^ at " + op);
            assertEquals(two.lagrangeField(ev), one.lagrangeField(rev), 1e-8 * Math.max(1, Math.abs(dHat)));
            assertEquals(ev.site().p(), rev.site().p1(), 1e-10);
            assertEquals(ev.site().p(), rev.site().p0(), 1e-10);
        }
    }

    @Test
    void theJointDerivativesAreThoseOfTheQuadrature() {
        RsbCoupledOrder op = new RsbCoupledOrder(0.92, 0.70, 0.935, 0.90, 0.88, 0.91);
        double[] co = MODEL.energetic().coordinates(op);
        assertTrue(co[1] != 0 && co[2] != 0 && co[3] != 0 && co[4] > 0, "a generic point");
        long t0 = System.nanoTime();
        RsbJointDerivatives e = MODEL.energetic().evaluate(op);
        System.out.printf("energetic %.2f s%n", (System.nanoTime() - t0) * 1e-9);
        double h = 1e-5;
        double[] analytic = {e.dq(), e.dr(), e.dqStar(), e.dp1(), e.dp0(), e.dd()};
        for (int k = 0; k < 6; k++) {
            double fd = (energetic(op, k, h) - energetic(op, k, -h)) / (2 * h);
            assertEquals(fd, analytic[k], 1e-5 * Math.max(1, Math.abs(fd)), "derivative " + k);
        }
    }

    @Test
    void theSiteImagesAreTheDerivativesOfTheSiteTerm() {
        double x = GAPPED.x();
        RsbCoupledConjugates c = new RsbCoupledConjugates(170, 13, 103, 150, 100, 160);
        long t0 = System.nanoTime();
        RsbCoupledAverages a = MODEL.site().evaluate(c);
        System.out.printf("site %.2f s%n", (System.nanoTime() - t0) * 1e-9);
        // ∂G_S/∂q^ = −q/2, ∂/∂r^ = r, ∂/∂q*^ = q*, ∂/∂p1^ = −(1 − x) p1, ∂/∂p0^ = −x p0, ∂/∂d^ = d
        double[] expected = {-0.5 * a.q(), a.r(), a.qStar(), -(1 - x) * a.p1(), -x * a.p0(), a.d()};
        double h = 1e-3;
        for (int k = 0; k < 6; k++) {
            double fd = (site(c, k, h) - site(c, k, -h)) / (2 * h);
            assertEquals(fd, expected[k], 2e-7 * Math.max(1, Math.abs(fd)), "site derivative " + k);
        }
    }

    private static double energetic(RsbCoupledOrder op, int k, double h) {
        double[] x = {op.q(), op.r(), op.qStar(), op.p1(), op.p0(), op.d()};
        x[k] += h;
        return MODEL.energetic().evaluate(new RsbCoupledOrder(x[0], x[1], x[2], x[3], x[4], x[5])).value();
    }

    private static double site(RsbCoupledConjugates c, int k, double h) {
        double[] x = {c.qHat(), c.rHat(), c.qStarHat(), c.p1Hat(), c.p0Hat(), c.dHat()};
        x[k] += h;
        return MODEL.site().evaluate(new RsbCoupledConjugates(x[0], x[1], x[2], x[3], x[4], x[5])).gS();
    }
}
