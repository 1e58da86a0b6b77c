package vcl.sim.perceptron;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import vcl.sim.data.MiniBatches;
import vcl.sim.data.Patterns;
import vcl.sim.data.Teacher;

/** The analytic gradients against central finite differences of the objective. */
class GradientCheckTest {

    private static final int N = 70;      // not a multiple of 4 or 64: exercises the padding
    private static final int P = 45;

    private final UniformRandomProvider rng = RandomSource.L64_X128_MIX.create(42L);
    private final Teacher teacher = Teacher.random(N, rng);
    private final Patterns data = Patterns.draw(teacher, P, rng);

    /** Random fields, a third of them saturated (10 < |h| < 14). */
    private static double[] fields(long seed, double beta) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] h = new double[N];
        for (int i = 0; i < N; i++) {
            h[i] = i % 3 == 0 ? (r.nextBoolean() ? 1 : -1) * (10 + 4 * r.nextDouble()) / beta : r.nextGaussian();
        }
        return h;
    }

    private double objective(double[] h, double beta, List<GradientTerm> priors) {
        FieldState s = new FieldState(h, beta);
        double v = new GaussianFieldLoss(N).value(s, data);
        for (GradientTerm t : priors) {
            v += t.value(s);
        }
        return v;
    }

    /** Sum of the batch gradients with prior weights batch/P: the gradient of the whole objective. */
    private double[] gradient(double[] h, double beta, List<GradientTerm> priors, int batchSize) {
        FieldState s = new FieldState(h, beta);
        MiniBatches mb = new MiniBatches(data, batchSize);
        GaussianFieldLoss loss = new GaussianFieldLoss(N);
        double[] total = new double[N];
        double[] g = new double[N];
        for (int b = 0; b < mb.count(); b++) {
            loss.batchGradient(s, mb, b, g);
            for (GradientTerm t : priors) {
                t.addGradient(s, mb.size(b) / (double) P, g);
            }
            for (int i = 0; i < N; i++) {
                total[i] += g[i];
            }
        }
        return total;
    }

    private void check(List<GradientTerm> priors, double beta, int batchSize, long seed) {
        double[] h = fields(seed, beta);
        double[] g = gradient(h, beta, priors, batchSize);
        double scale = 0;
        for (double x : g) {
            scale = Math.max(scale, Math.abs(x));
        }
        for (int i = 0; i < N; i++) {
            boolean saturated = Math.abs(beta * h[i]) > 10;
            // a step that changes β h by the same relative amount keeps the FD error small at both ends
            double step = saturated ? 1e-3 : 1e-5;
            double[] hp = h.clone();
            double[] hm = h.clone();
            hp[i] += step;
            hm[i] -= step;
            double fd = (objective(hp, beta, priors) - objective(hm, beta, priors)) / (2 * step);
            double tol = saturated ? 1e-10 * scale + 2e-2 * Math.abs(g[i]) : 1e-6 * scale;
            assertEquals(fd, g[i], tol, "component " + i + " h=" + h[i] + " beta=" + beta + " priors=" + priors.size());
            if (saturated) {
                assertTrue(Math.abs(g[i]) < 1e-3 * scale, "saturated components have tiny gradients");
            }
        }
    }

    @Test
    void dataLossGradientMatchesFiniteDifferences() {
        check(List.of(), 1.0, P, 1);
        check(List.of(), 1.0, 8, 2);     // several batches, uneven last one
        check(List.of(), 2.5, 13, 3);
    }

    @Test
    void klPriorGradientMatchesFiniteDifferences() {
        List<GradientTerm> kl = List.of(new KlPrior(fields(99, 1.0), 0.7));
        check(kl, 1.0, P, 4);
        check(kl, 1.0, 10, 5);
    }

    @Test
    void entropyPriorGradientMatchesFiniteDifferences() {
        check(List.of(new EntropyPrior(1.3)), 1.0, 16, 6);
        List<GradientTerm> both = new ArrayList<>();
        both.add(new EntropyPrior(0.4));
        both.add(new KlPrior(fields(7, 1.5), 2.0));
        check(both, 1.5, 20, 8);
    }

    @Test
    void localFieldsEqualDirectSums() {
        double[] h = fields(11, 1.0);
        FieldState s = new FieldState(h, 1.0);
        double[] mu = new GaussianFieldLoss(N).localFields(s, data);
        for (int m = 0; m < P; m++) {
            double direct = 0;
            for (int i = 0; i < N; i++) {
                direct += Math.tanh(h[i]) * data.input(m, i);
            }
            assertEquals(direct, mu[m], 1e-12);
        }
    }

    @Test
    void gradientStaysFiniteAtExtremeMargins() {
        double[] h = new double[N];
        for (int i = 0; i < N; i++) {
            h[i] = -30 * teacher.weight(i);   // saturated anti-teacher: every margin t is huge
        }
        double[] g = gradient(h, 1.0, List.of(new KlPrior(new double[N], 1)), P);
        for (double x : g) {
            assertTrue(Double.isFinite(x));
        }
        assertTrue(Double.isFinite(objective(h, 1.0, List.of())));
    }

    @Test
    void meansAndVariancesMatchTanh() {
        double[] h = {0, 1e-9, -3e-4, 0.2, -1.5, 12, -40, 400};
        FieldState s = new FieldState(h, 1.0);
        for (int i = 0; i < h.length; i++) {
            double m = Math.tanh(h[i]);
            assertEquals(m, s.means()[i], 1e-16 + 1e-15 * Math.abs(m));
            double sigma = 1 / (Math.cosh(h[i]) * Math.cosh(h[i]));
            assertEquals(sigma, s.variances()[i], 1e-14 * sigma + 1e-300);
        }
    }

    @Test
    void incrementalUpdateTracksExactTanh() {
        SplittableRandom r = new SplittableRandom(5);
        double[] h = fields(12, 1.0);
        FieldState inc = new FieldState(h, 1.3);
        for (int step = 0; step < 2000; step++) {
            double[] f = inc.fields();
            for (int i = 0; i < N; i++) {
                // mostly small moves, sometimes a jump that takes the exact path
                f[i] += r.nextInt(50) == 0 ? r.nextGaussian() : 0.01 * r.nextGaussian();
            }
            inc.update();
        }
        FieldState exact = new FieldState(inc.fields(), 1.3);
        for (int i = 0; i < N; i++) {
            assertEquals(exact.means()[i], inc.means()[i], 1e-14);
            assertEquals(exact.variances()[i], inc.variances()[i], 1e-13 * exact.variances()[i] + 1e-300);
        }
        assertEquals(exact.sumVariance(), inc.sumVariance(), 1e-12);
    }

    @Test
    void largeBatchesUseEightFieldTablesWithTheSameResult() {
        Patterns big = Patterns.draw(teacher, 2 * GaussianFieldLoss.BLOCKED_ROWS + 3, rng);
        double[] h = fields(13, 1.0);
        FieldState s = new FieldState(h, 1.0);
        GaussianFieldLoss loss = new GaussianFieldLoss(N);
        double[] mu = loss.localFields(s, big);
        for (int m = 0; m < big.count(); m += 7) {
            double direct = 0;
            for (int i = 0; i < N; i++) {
                direct += Math.tanh(h[i]) * big.input(m, i);
            }
            assertEquals(direct, mu[m], 1e-12);
        }
        double[] full = new double[N];
        loss.batchGradient(s, new MiniBatches(big, big.count()), 0, full);
        MiniBatches small = new MiniBatches(big, 40);
        double[] sum = new double[N];
        double[] g = new double[N];
        for (int b = 0; b < small.count(); b++) {
            loss.batchGradient(s, small, b, g);
            for (int i = 0; i < N; i++) {
                sum[i] += g[i];
            }
        }
        for (int i = 0; i < N; i++) {
            assertEquals(sum[i], full[i], 1e-11 * (1 + Math.abs(sum[i])));
        }
    }
}
