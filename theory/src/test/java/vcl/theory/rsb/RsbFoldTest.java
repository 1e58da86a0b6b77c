package vcl.theory.rsb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The end of the 1RSB poor branch at x* (β = 20) against independent computations: Newton at fixed r
 * against the Anderson iteration with x* by secant steps ({@link StaticParisi}) at a load of the branch;
 * the fold by its two ways (maximum of α(r), root of the fixed-load Jacobian's determinant); its
 * quadratic shape; and the iteration (a different algorithm) started at the fold: below it, it converges
 * on the other solution, r − r_f = √((α_f − α)/k) with Newton's curvature k; above it, it does not converge.
 */
class RsbFoldTest {

    private static final double BETA = 20;
    private final RsbSolver solver = new RsbSolver(BETA);

    /** The branch at α = 1.5 from the documented row (docs/theory-beyond.md section 6). */
    private RsbSolution atOnePointFive() {
        RsbSolution s = new StaticParisi(solver).solve(1.5, 0.145029,
                new double[] {0.864792, 0.914578, 0.919580, 0.860612});
        assertTrue(s.converged() && s.gap() > 0.04, "the branch at alpha = 1.5");
        return s;
    }

    @Test
    void newtonAtFixedOverlapIsTheIterationsSolutionAtTheStaticParisiParameter() {
        RsbSolution s = atOnePointFive();
        RsbState st = s.state();
        RsbState off = new RsbState(1.501, BETA, st.measure(), st.x() * 1.01, st.q0() - 1e-3, st.q1() - 5e-4,
                st.qStar() + 2e-4, st.r(), st.q0Hat(), st.q1Hat(), st.qStarHat(), st.rHat(), st.phi());
        RsbSolution n = new OverlapNewton(solver, 1e-12, 30).at(st.r(), off).orElseThrow();
        assertEquals(1.5, n.state().alpha(), 1e-8);
        assertEquals(st.x(), n.state().x(), 1e-7);
        assertEquals(st.q0(), n.state().q0(), 1e-9);
        assertEquals(st.q1(), n.state().q1(), 1e-9);
        assertEquals(st.qStar(), n.state().qStar(), 1e-9);
        assertEquals(st.phi(), n.phi(), 1e-9);
        assertTrue(Math.abs(n.phiSlope()) < 1e-10 && n.residual() < 1e-12);
    }

    @Test
    @Tag("slow")
    void theBranchEndsAtAFoldAt1point5315167() {
        RsbFold fold = RsbFold.bracket(solver, atOnePointFive()).orElseThrow();
        RsbSolution max = fold.fold(RsbFold.Method.MAXIMUM_LOAD);
        RsbSolution det = fold.fold(RsbFold.Method.SINGULAR_JACOBIAN);
        double alphaF = max.state().alpha();
        double rF = max.state().r();
        assertEquals(alphaF, det.state().alpha(), 1e-9, "two ways");
        assertEquals(rF, det.state().r(), 1e-5);
        assertEquals(1.5315167, alphaF, 1e-6, "docs/theory-beyond.md section 6");
        assertTrue(max.gap() > 0.02, "the gap is open at the end");
        // from the march's last accepted point (α = 1.531445, r within a bracketing step below r_f) the
        // first step up already lowers α: the bracket is found downward, the fold is the same
        RsbSolution last = new StaticParisi(solver).solve(1.531445, 0.140147,
                new double[] {0.896327, 0.918156, 0.922744, 0.906743});
        RsbFold fromLast = RsbFold.bracket(solver, last).orElseThrow();
        assertTrue(fromLast.bracketPoints().get(0).state().r() < last.state().r());
        assertEquals(alphaF, fromLast.fold(RsbFold.Method.MAXIMUM_LOAD).state().alpha(), 1e-9);
        // quadratic shape: α_f − α = k (r − r_f)² on both sides, the symmetric part the same at h and 2h
        double h = 2e-3;
        double[] k = new double[2];
        for (int i = 0; i < 2; i++) {
            double step = (i + 1) * h;
            double below = alphaF - fold.at(rF - step).orElseThrow().state().alpha();
            double above = alphaF - fold.at(rF + step).orElseThrow().state().alpha();
            assertTrue(below > 0 && above > 0, "a maximum of alpha");
            assertEquals(below, above, 0.1 * below, "symmetric up to the cubic term");
            k[i] = (below + above) / (2 * step * step);
        }
        assertEquals(k[0], k[1], 0.01 * k[0]);
        // the iteration started at the fold: below it converges on the second solution (larger r), above it does not
        double[] overlaps = {max.state().q0(), max.state().q1(), max.state().qStar(), rF};
        double d = 2e-4;
        RsbSolution below = new StaticParisi(solver).solve(alphaF - d, max.state().x(), overlaps);
        assertTrue(below.converged() && below.gap() > 0.01);
        assertEquals(Math.sqrt(d / k[0]), below.state().r() - rF, 0.05 * Math.sqrt(d / k[0]));
        RsbSolution above = solver.solve(alphaF + d, max.state().x(), overlaps);
        assertFalse(above.converged(), "no 1RSB solution near the fold above it");
    }
}
