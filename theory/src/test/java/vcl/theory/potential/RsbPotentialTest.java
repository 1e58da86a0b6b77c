package vcl.theory.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vcl.theory.numerics.GradedRule;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.rsb.RsbSolution;
import vcl.theory.rsb.RsbSolver;
import vcl.theory.rsb.RsbState;
import vcl.theory.rsb.StaticParisi;
import vcl.theory.stability.OneStepRsb;
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
        RsbJointDerivatives e = MODEL.energetic().evaluate(op);
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
        RsbCoupledAverages a = MODEL.site().evaluate(c);
        // ∂G_S/∂q^ = −q/2, ∂/∂r^ = r, ∂/∂q*^ = q*, ∂/∂p1^ = −(1 − x) p1, ∂/∂p0^ = −x p0, ∂/∂d^ = d
        double[] expected = {-0.5 * a.q(), a.r(), a.qStar(), -(1 - x) * a.p1(), -x * a.p0(), a.d()};
        double h = 1e-3;
        for (int k = 0; k < 6; k++) {
            double fd = (site(c, k, h) - site(c, k, -h)) / (2 * h);
            assertEquals(fd, expected[k], 2e-7 * Math.max(1, Math.abs(fd)), "site derivative " + k);
        }
    }

    @Test
    void theSiteImagesAreExactDerivativesOfTheDiscreteSiteTermAtAStronglyBrokenReference() {
        // the 1RSB poor branch at alpha = 1, static x* (its parameters written out; a saddle point is not
        // needed here), default block rules, conjugates near the solved point at d = q1 - 0.004. The
        // overlap forms of p1, p0 (integration by parts in z1) missed these derivatives by 5e-7, which
        // the fast change of p1^ with d turned into a 1.2 % error of the Lagrange field
        RsbState ref = new RsbState(1.0, BETA, FLAT, 0.36365313809464156, 0.754519580684153, 0.880821872948512,
                0.8906755177566961, 0.6189866133110529, 72.83382218910464, 98.73012726351654, 51.00849004817096,
                8.306790170150368, -3.169633974062807);
        RsbPotentialModel model = new RsbPotentialModel(ref, QuadratureSettings.DEFAULT,
                RsbPotentialModel.BLOCK_POINTS, true);
        RsbCoupledConjugates c = new RsbCoupledConjugates(98.05, 8.3024, 51.035, 96.53, 72.80, 96.64);
        RsbCoupledAverages a = model.site().evaluate(c);
        double x = ref.x();
        double h = 1e-3;
        double[] up = new double[2];
        double[] down = new double[2];
        for (int k = 0; k < 2; k++) {
            double s = k == 0 ? h : -h;
            double gp1 = model.site().evaluate(new RsbCoupledConjugates(c.qHat(), c.rHat(), c.qStarHat(),
                    c.p1Hat() + s, c.p0Hat(), c.dHat())).gS();
            double gp0 = model.site().evaluate(new RsbCoupledConjugates(c.qHat(), c.rHat(), c.qStarHat(), c.p1Hat(),
                    c.p0Hat() + s, c.dHat())).gS();
            if (k == 0) {
                up[0] = gp1;
                up[1] = gp0;
            } else {
                down[0] = gp1;
                down[1] = gp0;
            }
        }
        assertEquals(-(1 - x) * a.p1(), (up[0] - down[0]) / (2 * h), 1e-9, "dG_S/dp1^ = -(1 - x) p1");
        assertEquals(-x * a.p0(), (up[1] - down[1]) / (2 * h), 1e-9, "dG_S/dp0^ = -x p0");
    }

    @Test
    void atTheUnconstrainedPointVIsTheDerivativeOfXPhi() {
        // a reference with a small gap, where OneStepRsb's 12-point Gauss-Hermite z1 rule is accurate
        var c = TASK1.conjugates();
        RsbState ref = new RsbState(1.3, BETA, FLAT, 0.5, 0.92, 0.93, TASK1.qStar(), TASK1.r(), 160, 161,
                c.qStarHat(), c.rHat(), TASK1.phi());
        RsbPotentialModel model = new RsbPotentialModel(ref, QuadratureSettings.DEFAULT, 8, true);
        QuadratureSettings fine = QuadratureSettings.DEFAULT.refined();
        QuadratureRule zSite = GradedRule.gaussian(-ref.rHat() / Math.sqrt(ref.q0Hat()), 1 / Math.sqrt(ref.q0Hat()),
                fine.maxPanelWidth(), fine.panelDrop(), fine.zMax(), fine.panelOrder());
        QuadratureRule zChannel = GradedRule.gaussian(0, 0.1, fine.maxPanelWidth(), fine.panelDrop(), fine.zMax(),
                fine.panelOrder());
        double h = 1e-4;
        double[] phi = new double[3];
        for (int k = 0; k < 3; k++) {
            double x = ref.x() + (k - 1) * h;
            OneStepRsb rsb = new OneStepRsb(BETA, FLAT, x, fine);
            phi[k] = -ref.qStarHat() * ref.qStar() + 0.5 * ((1 - x) * ref.q1Hat() * ref.q1() + x * ref.q0Hat() * ref.q0())
                    - ref.rHat() * ref.r() + rsb.entropic(ref.q0Hat(), ref.q1Hat(), ref.qStarHat(), ref.rHat(), zSite)
                    + ref.alpha() * rsb.energetic(ref.q0(), ref.q1(), ref.qStar(), ref.r(), zChannel);
        }
        assertEquals(phi[1], model.referencePhi(), 1e-7, "the reference's Phi on the block rules");
        // the constrained replicas one more member of replica 1's block, all conjugates the reference's
        RsbCoupledOrder op = new RsbCoupledOrder(ref.q1(), ref.r(), ref.qStar(), ref.q1(), ref.q0(), ref.q1());
        RsbCoupledConjugates cc = new RsbCoupledConjugates(ref.q1Hat(), ref.rHat(), ref.qStarHat(), ref.q1Hat(),
                ref.q0Hat(), ref.q1Hat());
        double slope = (phi[2] - phi[0]) / (2 * h);
        double[] mine = new double[3];
        for (int k = 0; k < 3; k += 2) {
            double x = ref.x() + (k - 1) * h;
            RsbState rx = new RsbState(1.3, BETA, FLAT, x, 0.92, 0.93, TASK1.qStar(), TASK1.r(), 160, 161,
                c.qStarHat(), c.rHat(), TASK1.phi());
            mine[k] = new RsbPotentialModel(rx, QuadratureSettings.DEFAULT, 8, true).referencePhi();
        }
        // Φ(x) on this model's own (fine) block rules at x ± h: V uses the reduced rules' tilted averages
        double ownSlope = (mine[2] - mine[0]) / (2 * h);
        assertEquals(model.referencePhi() + ref.x() * ownSlope, model.freeEntropy(op, cc), 1e-7,
                "V = Phi + x dPhi/dx");
        assertEquals(slope, ownSlope, 1e-4 * Math.abs(slope), "dPhi/dx against OneStepRsb's");
        assertTrue(Math.abs(slope) > 1e-3, "a meaningful check: dPhi/dx = " + slope);
    }

    @Test
    void atTheReferencesSaddlePointTheInBlockPointIsStationaryWithVEqualToPhi() {
        // the 1RSB poor branch at alpha = 1, static x* (the 1RSB solver, its own quadrature)
        RsbSolver rsb = new RsbSolver(BETA);
        RsbSolution ref = new StaticParisi(rsb).solve(1.0, rsb.solve(1.0, 0.5));
        assertTrue(ref.converged() && ref.gap() > 0.05, "a broken reference: " + ref);
        RsbState s = ref.state();
        RsbPotentialModel model = new RsbPotentialModel(s);
        assertEquals(s.phi(), model.referencePhi(), 1e-9, "Phi of the 1RSB solver on the block rules");
        RsbCoupledOrder op = new RsbCoupledOrder(s.q1(), s.r(), s.qStar(), s.q1(), s.q0(), s.q1());
        RsbCoupledConjugates c = new RsbCoupledConjugates(s.q1Hat(), s.rHat(), s.qStarHat(), s.q1Hat(), s.q0Hat(),
                s.q1Hat());
        RsbJointDerivatives e = model.energetic().evaluate(op);
        double a = s.alpha();
        assertEquals(s.q1Hat(), -2 * a * e.dq(), 1e-7 * s.q1Hat(), "q^ = q1^");
        assertEquals(s.rHat(), a * e.dr(), 1e-7 * s.q1Hat(), "r^");
        assertEquals(s.qStarHat(), a * e.dqStar(), 1e-7 * s.q1Hat(), "q*^");
        assertEquals(s.q1Hat(), a * e.p1Slope(), 1e-7 * s.q1Hat(), "p1^ = q1^");
        assertEquals(s.q0Hat(), a * e.p0Slope(), 1e-7 * s.q1Hat(), "p0^ = q0^");
        assertEquals(0, s.q1Hat() - a * e.dd(), 1e-7 * s.q1Hat(), "Lagrange field 0 at d^ = q1^");
        // the site images: the reference's overlaps (to the accuracy of the 12-point block rules)
        RsbCoupledAverages img = model.site().evaluate(c);
        assertEquals(s.q1(), img.q(), 5e-5, "q = q1");
        assertEquals(s.q1(), img.p1(), 5e-5, "p1 = q1");
        assertEquals(s.q1(), img.d(), 5e-5, "d = q1");
        assertEquals(s.q0(), img.p0(), 5e-5, "p0 = q0");
        assertEquals(s.r(), img.r(), 5e-5, "r");
        assertEquals(s.qStar(), img.qStar(), 5e-5, "q*");
        // V at the in-block point: Phi + x dPhi/dx = Phi at x*
        assertEquals(s.phi(), model.freeEntropy(op, c), 2e-6, "V(q1) = Phi at x*");
    }

    @Test
    @Tag("slow")
    void theSlopeOfVIsMinusTheLagrangeField() {
        RsbSolver rsb = new RsbSolver(BETA);
        RsbState s = new StaticParisi(rsb).solve(1.0, rsb.solve(1.0, 0.5)).state();
        RsbPotentialSolver solver = new RsbPotentialSolver(new RsbPotentialModel(s), 1e-11, 200);
        double d = s.q1() - 0.004;
        double h = 4e-4;
        RsbPotentialPoint mid = solver.solve(d, solver.naturalOrder(), s.q1Hat());
        assertTrue(mid.converged());
        // central differences at h and h/2, combined by Richardson's rule (error of order h^4): the field
        // changes quickly below q1, and the plain difference at h carries its curvature, eps'' h^2/6
        double[] central = new double[2];
        for (int k = 0; k < 2; k++) {
            double step = h / (1 << k);
            RsbPotentialPoint up = solver.solve(d + step, mid.order(), mid.conjugates().dHat());
            RsbPotentialPoint down = solver.solve(d - step, mid.order(), mid.conjugates().dHat());
            assertTrue(up.converged() && down.converged());
            central[k] = (up.v() - down.v()) / (2 * step);
        }
        double slope = (4 * central[1] - central[0]) / 3;
        assertEquals(-mid.lagrangeField(), slope, 1e-4 * Math.max(1, Math.abs(slope)), "dV/dd = -eps");
    }

    @Test
    void theNestedEnergeticTermIsItsGaussianAverage() {
        RsbState ref = GAPPED;
        RsbCoupledOrder op = new RsbCoupledOrder(0.92, 0.70, 0.935, 0.90, 0.88, 0.91);
        double quadrature = MODEL.energetic().evaluate(op).value();
        // Monte Carlo of the definition: (v, u0) by a Cholesky factor (labels folded onto v > 0); the
        // block field z1 drawn from its law φ(z1) K1(y)^x on a uniform grid of 0.004 (K1 from a table of
        // log K1 by the tilted rule, linear interpolation); x1 from its tilted law's fine rule; h given
        // (v, u0, u1, c1 x1) by Gaussian regression; the sample is log K(h)
        double beta = BETA;
        double q0 = ref.q0();
        double spread = Math.sqrt(ref.q1() - q0);
        double c1 = Math.sqrt(ref.qStar() - ref.q1());
        double s1 = Math.sqrt(1 - ref.qStar());
        double yLow = -9;
        double dy = 0.002;
        double[] logK1 = new double[9001];
        for (int i = 0; i < logK1.length; i++) {
            logK1[i] = TiltedRule.of(beta, yLow + i * dy, c1, s1, QuadratureSettings.DEFAULT).logK;
        }
        // regression of h on (v, u0): 2x2 block; u1 and c1 x1 are independent of (v, u0) and of each other
        double r = ref.r();
        double det = q0 - r * r;
        double cv = (q0 * op.r() - r * op.p0()) / det;
        double cu = (op.p0() - r * op.r()) / det;
        double c1Coef = (op.p1() - op.p0()) / (ref.q1() - q0);
        double cxCoef = (op.d() - op.p1()) / (ref.qStar() - ref.q1());
        double explained = cv * op.r() + cu * op.p0() + c1Coef * (op.p1() - op.p0()) + cxCoef * (op.d() - op.p1());
        double sd = Math.sqrt(op.q() - explained);
        double c = Math.sqrt(op.qStar() - op.q());
        double s = Math.sqrt(1 - op.qStar());
        double l10 = r;
        double l11 = Math.sqrt(q0 - r * r);
        SplittableRandom rng = new SplittableRandom(5);
        int grid = 5000;
        double dz = 0.004;
        double[] cumulative = new double[grid];
        int n = 40_000;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            double g0 = gauss(rng);
            double g1 = gauss(rng);
            double sign = Math.signum(g0);
            double v = sign * g0;
            double u0 = sign * (l10 * g0 + l11 * g1);
            double zLow = -10;
            double acc = 0;
            for (int k = 0; k < grid; k++) {
                double z1 = zLow + (k + 0.5) * dz;
                double y = u0 + spread * z1;
                double t = (y - yLow) / dy;
                int at = Math.max(0, Math.min(logK1.length - 2, (int) Math.floor(t)));
                double f = t - at;
                double lk = (1 - f) * logK1[at] + f * logK1[at + 1];
                acc += Math.exp(-0.5 * z1 * z1 + ref.x() * lk);
                cumulative[k] = acc;
            }
            double pick = rng.nextDouble() * acc;
            int k = 0;
            while (cumulative[k] < pick) {
                k++;
            }
            double u1 = spread * (zLow + (k + rng.nextDouble()) * dz);
            TiltedRule own = TiltedRule.of(beta, u0 + u1, c1, s1, QuadratureSettings.DEFAULT);
            double pickX = rng.nextDouble();
            int j = 0;
            for (double a = own.weight[0]; a < pickX && j < own.size() - 1; a += own.weight[++j]) {
                // categorical draw from the tilted law's fine rule
            }
            double e1 = c1 * own.x[j];
            double h = cv * v + cu * u0 + c1Coef * u1 + cxCoef * e1 + sd * gauss(rng);
            double f = TiltedRule.of(beta, h, c, s, QuadratureSettings.DEFAULT).logK;
            sum += f;
            sum2 += f * f;
        }
        double mean = sum / n;
        double error = Math.sqrt((sum2 / n - mean * mean) / n);
        assertEquals(mean, quadrature, 4 * error, "Monte Carlo " + mean + " ± " + error);
        assertTrue(error < 0.01 * Math.abs(mean), "a meaningful check: error " + error);
    }

    @Test
    void theSiteTableInterpolatesTheXiAverages() {
        SplittableRandom rng = new SplittableRandom(3);
        for (double[] aOwn : new double[][] {{3, 0}, {3, 0.03}, {3, 2.5}, {20, 0}, {-10, 0}}) {
            double a = aOwn[0];
            double own = aOwn[1];
            SiteTable table = SiteTable.of(FLAT, a, own, -40, 40, QuadratureSettings.DEFAULT, true);
            double[] out = new double[SiteTable.FUNCTIONS];
            for (int k = 0; k < 200; k++) {
                double mu = -45 + 90 * rng.nextDouble();
                table.at(mu, out);
                double[] direct = CoupledSite.xiAverage(FLAT, a, mu, own, QuadratureSettings.DEFAULT);
                for (int f = 0; f < SiteTable.FUNCTIONS; f++) {
                    assertEquals(direct[f], out[f], 2e-10 * Math.max(1, Math.abs(direct[f])), "a " + a + ", own " + own
                            + ", mu " + mu);
                }
            }
        }
    }

    private static double gauss(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
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
