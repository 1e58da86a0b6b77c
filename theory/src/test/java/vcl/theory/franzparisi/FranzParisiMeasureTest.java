package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.LogDensity;
import vcl.theory.numerics.SiteMoments;
import vcl.theory.numerics.SiteQuadrature;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.prior.FlatPrior;
import vcl.theory.replica.QuadratureSettings;

/** The task-2 site measure: its one-dimensional site family, the γ = 0 limit, pinning, refinement. */
class FranzParisiMeasureTest {

    private static final Conjugates[] CONJ = {new Conjugates(0.14, 0.03, 0.09), new Conjugates(15.6, 2.4, 9.4),
        new Conjugates(1228, 159, 588)};

    @Test
    void siteFamilyMatchesTheAdaptiveSiteQuadrature() {
        for (double[] ac : new double[][] {{-26, 20}, {0.5, 2}, {-470, 20}, {-5, 2000}, {9, 20}, {30, 20}}) {
            compareWithAdaptive(ac, 0.73, 31.7);
        }
    }

    @Test
    void siteFamilyMatchesTheAdaptiveSiteQuadratureWhereTheDensityMayBeBimodal() {
        // 2a >= c; gamma = 0.1 at beta = 20 is c = 2, where the task-2 grid reaches a = 260
        for (double[] ac : new double[][] {{1, 2}, {1.5, 2}, {5, 2}, {50, 2}, {260, 2}, {600, 20}}) {
            compareWithAdaptive(ac, 1.37, 97.3);
        }
    }

    private static void compareWithAdaptive(double[] ac, double innerStep, double outerStep) {
        SiteQuadrature sq = new SiteQuadrature(1e-14, 24);
        SiteFamily f = new SiteFamily(ac[0], ac[1], 1.5, 10);
        for (double s = -3000; s <= 3000; s += Math.abs(s) < 60 ? innerStep : outerStep) {
            SiteMoments p = f.moments(s);
            // the same measure with the reference at m1 = 0 (F(m, 0) = f0(m))
            SiteMoments q = sq.moments(LogDensity.klCoupling(ac[0], s, ac[1], 0.0));
            String at = " a=" + ac[0] + " c=" + ac[1] + " s=" + s;
            assertEquals(q.logZ(), p.logZ(), 1e-12 * Math.max(1, Math.abs(q.logZ())), "logZ" + at);
            assertEquals(q.mean(), p.mean(), 1e-12, "mean" + at);
            assertEquals(q.secondMoment(), p.secondMoment(), 1e-12, "m2" + at);
            assertEquals(q.meanSign(), p.meanSign(), 1e-12, "sign" + at);
        }
    }

    @Test
    void zeroCouplingIsTheFlatTask1MeasureWithTheTeacherSign() {
        EntropicTerm flat = new EntropicTerm(new FlatPrior(), QuadratureSettings.DEFAULT);
        for (double r0 : new double[] {-0.5, 0, 0.5, 1}) {
            FranzParisiMeasure m = Reference.SOLVER.measure(0, r0);
            for (Conjugates c : CONJ) {
                EntropicAverages t = flat.evaluate(c);
                EntropicAverages e = m.evaluate(c);
                assertEquals(t.r(), e.r(), 0);
                assertEquals(t.p(), e.p(), 0);
                assertEquals(r0 * t.p(), e.pFirst(), 1e-15);
            }
        }
        // small coupling is continuous with γ = 0 (c = 2e-6)
        for (Conjugates c : CONJ) {
            EntropicAverages e0 = Reference.SOLVER.measure(0, 0.5).evaluate(c);
            EntropicAverages e1 = Reference.SOLVER.measure(1e-7, 0.5).evaluate(c);
            assertEquals(e0.q(), e1.q(), 1e-5);
            assertEquals(e0.r(), e1.r(), 1e-5);
            assertEquals(e0.qStar(), e1.qStar(), 1e-5);
            assertEquals(e0.pFirst(), e1.pFirst(), 1e-5);
        }
    }

    @Test
    void strongCouplingPinsTheStudentToTheReference() {
        // βγ = 2e4 and vanishing task-2 fields: m = m1, so p1 = ∫ρ sign m1 = task-1 p, p2 = r0·p1, r2 = r0·r1
        ReferenceDensity rho = Reference.SOLVER.reference();
        for (double r0 : new double[] {-0.5, 0.5}) {
            EntropicAverages e = Reference.SOLVER.measure(1000, r0).evaluate(new Conjugates(0.01, 0.001, 0.005));
            assertEquals(rho.meanSign(), e.pFirst(), 2e-5);
            assertEquals(r0 * rho.meanSign(), e.p(), 2e-5);
            assertEquals(r0 * rho.mean(), e.r(), 2e-4);
            assertEquals(rho.secondMoment(), e.qStar(), 2e-4);
        }
    }

    @Test
    void refiningTheQuadratureChangesTheAveragesByLessThan1e10() {
        QuadratureSettings fine = QuadratureSettings.DEFAULT.refined();
        ReferenceDensity rhoFine = new ReferenceDensity(Task2Solver.task1(2.0, 20, new FlatPrior(),
                QuadratureSettings.DEFAULT).conjugates(), new FlatPrior(), fine);
        for (double gamma : new double[] {1, 0.1}) {
            FranzParisiMeasure a = Reference.SOLVER.measure(gamma, -0.5);
            FranzParisiMeasure b = new FranzParisiMeasure(rhoFine, 20, gamma, -0.5, fine, true);
            for (Conjugates c : CONJ) {
                EntropicAverages x = a.evaluate(c);
                EntropicAverages y = b.evaluate(c);
                String at = " gamma=" + gamma + " " + c;
                assertEquals(y.gS(), x.gS(), 1e-10 * Math.max(1, Math.abs(y.gS())), "gS" + at);
                assertEquals(y.q(), x.q(), 1e-10, "q" + at);
                assertEquals(y.r(), x.r(), 1e-10, "r" + at);
                assertEquals(y.qStar(), x.qStar(), 1e-10, "q*" + at);
                assertEquals(y.p(), x.p(), 1e-10, "p2" + at);
                assertEquals(y.pFirst(), x.pFirst(), 1e-10, "p1" + at);
            }
        }
    }
}
