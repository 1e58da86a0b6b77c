package vcl.sim.ewc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;
import vcl.sim.images.Permutations;
import vcl.sim.images.SyntheticImages;
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.MlpShape;
import vcl.sim.mlp.MlpTraining;

class EwcMlpTest {

    private static final MlpShape TINY = new MlpShape(List.of(6, 5, 4, 3));

    private static float[] inputs(int n, int dim, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[n * dim];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rng.nextDouble();
        }
        return x;
    }

    private static int[] labels(int n, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextInt(classes);
        }
        return y;
    }

    /** A state with a random Fisher and an anchor away from the weights. */
    private static EwcState consolidatedState(long seed) {
        EwcState s = EwcState.initial(TINY, seed);
        SplittableRandom rng = new SplittableRandom(seed + 1);
        s.anchor = new float[TINY.layers()][];
        for (int l = 0; l < TINY.layers(); l++) {
            s.anchor[l] = new float[s.weights[l].length];
            for (int i = 0; i < s.weights[l].length; i++) {
                s.fisher[l][i] = (float) rng.nextDouble();
                s.anchor[l][i] = s.weights[l][i] + (float) (0.3 * rng.nextGaussian());
            }
        }
        s.consolidated = 1;
        return s;
    }

    @Test
    void gradientOfLossAndPenaltyMatchesFiniteDifferencesOfAnIndependentDoubleNetwork() {
        double lambda = 0.7;
        EwcMlp net = new EwcMlp(TINY, MlpTraining.PAPER, new EwcSettings(lambda, 10), 2);
        EwcState s = consolidatedState(3);
        int n = 37;
        float[] x = inputs(n, 6, 4);
        int[] y = labels(n, 3, 5);
        float[][] grad = new float[TINY.layers()][];
        for (int l = 0; l < TINY.layers(); l++) {
            grad[l] = new float[s.weights[l].length];
        }
        double value = net.objective(s, x, y, n, grad);
        double[][] w = ReferenceMlp.toDouble(s.weights);
        assertEquals(ReferenceMlp.objective(TINY, w, x, y, n, s.fisher, s.anchor, lambda), value, 1e-5);
        double h = 1e-5;
        for (int l = 0; l < TINY.layers(); l++) {
            for (int i = 0; i < w[l].length; i++) {
                double keep = w[l][i];
                w[l][i] = keep + h;
                double up = ReferenceMlp.objective(TINY, w, x, y, n, s.fisher, s.anchor, lambda);
                w[l][i] = keep - h;
                double down = ReferenceMlp.objective(TINY, w, x, y, n, s.fisher, s.anchor, lambda);
                w[l][i] = keep;
                double fd = (up - down) / (2 * h);
                assertEquals(fd, grad[l][i], 2e-5 + 1e-4 * Math.abs(fd), "layer " + l + " weight " + i);
            }
        }
    }

    @Test
    void penaltyIsHalfLambdaFisherWeightedSquareAndItsGradientLinear() {
        EwcState s = consolidatedState(8);
        float[][] grad = new float[TINY.layers()][];
        double expected = 0;
        for (int l = 0; l < TINY.layers(); l++) {
            grad[l] = new float[s.weights[l].length];
            for (int i = 0; i < grad[l].length; i++) {
                double d = s.weights[l][i] - s.anchor[l][i];
                expected += 0.5 * 2.5 * s.fisher[l][i] * d * d;
            }
        }
        assertEquals(expected, EwcUpdate.addPenalty(s, grad, 2.5), 1e-6 * expected);
        for (int l = 0; l < TINY.layers(); l++) {
            for (int i = 0; i < grad[l].length; i++) {
                assertEquals(2.5 * s.fisher[l][i] * (s.weights[l][i] - s.anchor[l][i]), grad[l][i], 1e-6);
            }
        }
        EwcState fresh = EwcState.initial(TINY, 1);
        assertEquals(0, EwcUpdate.addPenalty(fresh, grad, 2.5));
    }

    @Test
    void fisherIsTheMeanSquaredLogLikelihoodGradientAtTheTrueLabel() {
        ImageSet train = SyntheticImages.uniform(23, 2, 3, 3, 9);
        ImageTask task = new ImageTask("tiny", train, train, Permutations.pixelOrder(6, 2));
        int samples = 10;
        EwcMlp net = new EwcMlp(TINY, MlpTraining.PAPER.withBatches(4, 1), new EwcSettings(1, samples), 1);
        EwcState s = EwcState.initial(TINY, 11);
        float[][] fisher = net.fisher(s, task);
        double[][] w = ReferenceMlp.toDouble(s.weights);
        double[][] direct = new double[TINY.layers()][];
        int[] all = new int[train.count()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        float[] x = new float[train.count() * 6];
        train.gather(all, 0, train.count(), task.pixelOrder(), x);
        double h = 1e-5;
        for (int l = 0; l < TINY.layers(); l++) {
            direct[l] = new double[w[l].length];
            for (int k = 0; k < samples; k++) {
                int image = k * train.count() / samples;
                for (int i = 0; i < w[l].length; i++) {
                    double keep = w[l][i];
                    w[l][i] = keep + h;
                    double up = ReferenceMlp.logLikelihood(TINY, w, x, image * 6, train.label(image));
                    w[l][i] = keep - h;
                    double down = ReferenceMlp.logLikelihood(TINY, w, x, image * 6, train.label(image));
                    w[l][i] = keep;
                    double g = (up - down) / (2 * h);
                    direct[l][i] += g * g / samples;
                }
            }
            for (int i = 0; i < w[l].length; i++) {
                assertEquals(direct[l][i], fisher[l][i], 1e-6 + 1e-4 * direct[l][i], "layer " + l + " weight " + i);
            }
        }
        net.consolidate(s, task);
        net.consolidate(s, task);
        assertEquals(2, s.consolidatedTasks());
        assertArrayEquals(s.weights(0), s.anchor(0));
        for (int i = 0; i < fisher[0].length; i++) {
            assertEquals(2 * fisher[0][i], s.fisher(0)[i], 1e-6 * fisher[0][i]);
        }
    }

    private static ImageTask synthetic(int count, long seed) {
        ImageSet set = SyntheticImages.uniform(count, 8, 8, 4, seed);
        return new ImageTask("synthetic", set, set, null);
    }

    @Test
    void numbersDoNotDependOnTheThreadCount() {
        MlpShape shape = new MlpShape(List.of(300, 200, 40, 10));
        MlpTraining t = MlpTraining.PAPER.withLearningRate(1e-3).withBatches(64, 3);
        ImageSet set = SyntheticImages.uniform(400, 15, 20, 10, 2);
        ImageTask task = new ImageTask("wide", set, set, null);
        float[][] weights = new float[3][];
        float[][] fishers = new float[3][];
        for (int threads : new int[] {1, 2, 3}) {
            EwcMlp net = new EwcMlp(shape, t, new EwcSettings(50, 100), threads);
            EwcState s = net.initialState(4);
            net.trainEpoch(s, task, 5);
            net.consolidate(s, task);
            net.trainEpoch(s, task, 6);
            weights[threads - 1] = s.weights(0);
            fishers[threads - 1] = s.fisher(1);
        }
        assertArrayEquals(weights[0], weights[1]);
        assertArrayEquals(weights[0], weights[2]);
        assertArrayEquals(fishers[0], fishers[2]);
    }

    @Test
    void learnsASmallSyntheticTask() {
        MlpShape shape = new MlpShape(List.of(64, 64, 64, 4));
        ImageTask task = synthetic(256, 7);
        EwcMlp net = new EwcMlp(shape, MlpTraining.PAPER.withLearningRate(0.005).withBatches(32, 8),
                EwcSettings.of(100), 2);
        EwcState s = net.initialState(1);
        double before = net.accuracy(s, task.test(), null);
        EpochStats first = net.trainEpoch(s, task, 1);
        EpochStats last = first;
        for (int e = 2; e <= 40; e++) {
            last = net.trainEpoch(s, task, e);
        }
        assertFalse(last.diverged());
        assertTrue(last.meanLoss() < 0.3 * first.meanLoss(), first + " then " + last);
        assertTrue(before < 0.5, "before " + before);
        assertTrue(net.accuracy(s, task.test(), null) > 0.95);
    }

    @Test
    void consolidationHoldsTheWeightsTheFisherMarks() {
        MlpShape shape = new MlpShape(List.of(64, 32, 4));
        MlpTraining t = MlpTraining.PAPER.withLearningRate(0.005).withBatches(32, 8);
        ImageTask a = synthetic(256, 11);
        ImageTask b = synthetic(256, 12);
        double[] drift = new double[2];
        for (int k = 0; k < 2; k++) {
            EwcMlp net = new EwcMlp(shape, t, EwcSettings.of(k == 0 ? 0 : 1000), 1);
            EwcState s = net.initialState(1);
            for (int e = 1; e <= 20; e++) {
                net.trainEpoch(s, a, e);
            }
            net.consolidate(s, a);
            for (int e = 21; e <= 30; e++) {
                net.trainEpoch(s, b, e);
            }
            drift[k] = net.accuracy(s, a.test(), null);
        }
        assertTrue(drift[1] > drift[0] + 0.1, "task-1 accuracy without / with EWC: " + drift[0] + ", " + drift[1]);
    }

    @Test
    void checkpointRoundTripContinuesExactly() throws IOException {
        MlpShape shape = new MlpShape(List.of(64, 16, 4));
        EwcMlp net = new EwcMlp(shape, MlpTraining.PAPER.withBatches(16, 4), EwcSettings.of(10), 1);
        ImageTask task = synthetic(128, 3);
        EwcState s = net.initialState(2);
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        s.write(new DataOutputStream(fresh));
        assertNull(EwcState.read(new DataInputStream(new ByteArrayInputStream(fresh.toByteArray()))).anchor(0));
        net.trainEpoch(s, task, 1);
        net.consolidate(s, task);
        net.trainEpoch(s, task, 2);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.write(new DataOutputStream(bytes));
        EwcState r = EwcState.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(s.step(), r.step());
        assertEquals(1, r.consolidatedTasks());
        for (int l = 0; l < shape.layers(); l++) {
            assertArrayEquals(s.weights(l), r.weights(l));
            assertArrayEquals(s.fisher(l), r.fisher(l));
            assertArrayEquals(s.anchor(l), r.anchor(l));
            assertArrayEquals(s.adamM[l], r.adamM[l]);
            assertArrayEquals(s.adamV[l], r.adamV[l]);
        }
        net.trainEpoch(s, task, 3);
        net.trainEpoch(r, task, 3);
        assertArrayEquals(s.weights(0), r.weights(0));
        assertThrows(IOException.class, () -> EwcState.read(new DataInputStream(new ByteArrayInputStream(new byte[8]))));
    }
}
