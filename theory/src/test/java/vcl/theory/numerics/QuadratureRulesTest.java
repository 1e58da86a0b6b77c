package vcl.theory.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Gauss-Legendre, Gauss-Hermite and graded rules against exact polynomial and Gaussian integrals. */
class QuadratureRulesTest {

    @Test
    void gaussLegendreIsExactUpToDegree2nMinus1() {
        for (int n : new int[] {1, 2, 3, 8, 17, 64}) {
            QuadratureRule r = GaussLegendre.rule(n);
            for (int d = 0; d <= 2 * n - 1; d++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += r.weight(i) * Math.pow(r.node(i), d);
                }
                double exact = d % 2 == 1 ? 0 : 2.0 / (d + 1);
                assertEquals(exact, s, 1e-14 * (1 + d), "n=" + n + " degree " + d);
            }
        }
    }

    @Test
    void gaussHermiteGivesGaussianMoments() {
        for (int n : new int[] {1, 2, 5, 20, 60, 150}) {
            QuadratureRule r = GaussHermite.rule(n);
            double moment = 1; // (2k−1)!!
            for (int k = 0; 2 * k <= Math.min(2 * n - 1, 24); k++) {
                double s = 0;
                for (int i = 0; i < n; i++) {
                    s += r.weight(i) * Math.pow(r.node(i), 2 * k);
                }
                assertEquals(moment, s, 1e-13 * moment, "n=" + n + " E z^" + 2 * k);
                moment *= 2 * k + 1;
            }
        }
    }

    @Test
    void gradedRuleResolvesSharpStepAndGaussianTail() {
        // E_z[H(−ωz)] = 1/2 for any ω; E_z[z H(−ωz)] = ω/√(2π(1+ω²)) (closed forms).
        // Budget: 1e-12 with 8 points per panel, width 1 and drop 3, 1e-14 with 16 points and drop 12 (the refinement the solver tests use).
        checkGraded(8, 1e-12);
        checkGraded(16, 1e-14);
    }

    private static void checkGraded(int order, double tol) {
        for (double omega : new double[] {0.1, 1, 30, 1000}) {
            QuadratureRule r = GradedRule.gaussian(0, Math.min(1, 1 / omega), order == 8 ? 1 : 2, order == 8 ? 3 : 12, 11, order);
            double s0 = 0;
            double s1 = 0;
            for (int i = 0; i < r.size(); i++) {
                double z = r.node(i);
                s0 += r.weight(i) * GaussianTail.value(-omega * z);
                s1 += r.weight(i) * z * GaussianTail.value(-omega * z);
            }
            assertEquals(0.5, s0, tol, "omega=" + omega);
            assertEquals(omega / Math.sqrt(2 * Math.PI * (1 + omega * omega)), s1, tol, "omega=" + omega);
        }
    }

    @Test
    void gaussianRuleWeightsSumToTheTruncatedMass() {
        // Σ w = 1 − 2H(zMax) for any centre and first width: the weights alone must integrate the density
        // (budget 1e-13)
        for (double center : new double[] {0, 0.7, -3, 8}) {
            for (double width : new double[] {1e-3, 0.05, 1}) {
                for (int[] od : new int[][] {{12, 10, 3}, {24, 5, 1}, {16, 12, 4}}) { // the default rule, its refinement, another
                    QuadratureRule r = GradedRule.gaussian(center, width, od[2], od[1], 8.5, od[0]);
                    double sum = 0;
                    for (int i = 0; i < r.size(); i++) {
                        sum += r.weight(i);
                    }
                    assertEquals(1 - 2 * GaussianTail.value(8.5), sum, 1e-13, "center " + center + " width " + width
                            + " order " + od[0] + " drop " + od[1]);
                }
            }
        }
    }
}
