package vcl.theory.franzparisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.numerics.LogCosh;

/** Where the site log-integrand g(u) is unimodal, checked on a fine grid of u for many s. */
class SiteRuleTest {

    @Test
    void gHasAtMostOneMaximumOnEachSideOfTheSplit() {
        double[][] acs = {{-40, 20}, {0.5, 2}, {1, 2}, {1.9, 2}, {2.5, 2}, {5, 2}, {50, 2}, {260, 2}, {4000, 2},
            {11, 20}, {30, 20}, {600, 20}};
        for (double[] ac : acs) {
            double a = ac[0];
            double c = ac[1];
            SiteRule rule = new SiteRule(a, c, 1.5, 12);
            int n = rule.t.length;
            double edge = SiteRule.split(a, c);
            // the rule's pieces: the nodes beyond ∓t*
            assertTrue(edge == 1 || rule.t[rule.leftEnd - 1] <= -edge && rule.t[rule.leftEnd] > -edge, "left piece");
            assertTrue(edge == 1 || rule.t[rule.rightStart - 1] < edge && rule.t[rule.rightStart] >= edge, "right piece");
            assertEquals(2 * a <= c + 2, rule.leftEnd == n && rule.rightStart == n, "unimodal a=" + a + " c=" + c);
            for (double s = -3000; s <= 3000; s += Math.abs(s) < 50 ? 0.77 : 61.3) {
                int[] maxima = new int[3];
                double prev = g(a, c, s, -20);
                double cur = g(a, c, s, -20 + 1e-3);
                for (double u = -20 + 2e-3; u <= 20; u += 1e-3) {
                    double next = g(a, c, s, u);
                    if (cur > prev && cur >= next) {
                        double tm = Math.tanh(u - 1e-3);
                        maxima[tm < -edge ? 0 : tm > edge ? 2 : 1]++;
                    }
                    prev = cur;
                    cur = next;
                }
                String at = " a=" + a + " c=" + c + " s=" + s;
                assertTrue(maxima[0] <= 1 && maxima[2] <= 1, "one maximum per side" + at);
                assertEquals(0, edge < 1 ? maxima[1] : 0, "no maximum between the sides" + at);
            }
        }
    }

    private static double g(double a, double c, double s, double u) {
        double t = Math.tanh(u);
        double lc = LogCosh.value(u);
        return a * t * t + s * t + c * (lc - u * t) - 2 * lc;
    }
}
