package vcl.sim.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vcl.sim.images.ImageSet;
import vcl.sim.images.ImageTask;

/**
 * The learner end to end on a small learnable problem: 8×8 images labelled by the largest of four
 * fixed random projections, a 64-300-4 network (two column blocks in its hidden layer).
 */
class VariationalMlpTest {

    private static final MlpShape SHAPE = new MlpShape(List.of(64, 300, 4));
    private static final MlpTraining TRAINING = MlpTraining.PAPER.withBatches(32, 64);
    private static final ImageTask TASK = teacherTask(2048, 1000, 3);

    static ImageTask teacherTask(int train, int test, long seed) {
        Random rnd = new Random(seed);
        double[][] w = new double[4][64];
        for (double[] row : w) {
            for (int i = 0; i < 64; i++) {
                row[i] = rnd.nextGaussian();
            }
        }
        return new ImageTask("teacher", images(train, w, rnd, "train"), images(test, w, rnd, "test"), null);
    }

    private static ImageSet images(int count, double[][] w, Random rnd, String name) {
        byte[] px = new byte[count * 64];
        byte[] labels = new byte[count];
        for (int k = 0; k < count; k++) {
            double[] score = new double[4];
            for (int i = 0; i < 64; i++) {
                int p = rnd.nextInt(256);
                px[k * 64 + i] = (byte) p;
                for (int c = 0; c < 4; c++) {
                    score[c] += w[c][i] * (p / 255.0 - 0.5);
                }
            }
            int best = 0;
            for (int c = 1; c < 4; c++) {
                best = score[c] > score[best] ? c : best;
            }
            labels[k] = (byte) best;
        }
        return new ImageSet(name, 8, 8, px, labels, 4);
    }

    @Test
    void learnsWellAboveChanceAndTheNumbersDoNotDependOnTheThreadCount() {
        MlpState one = train(1, 6);
        MlpState two = train(2, 6);
        for (int l = 0; l < SHAPE.layers(); l++) {
            assertArrayEquals(one.fields(l), two.fields(l), "layer " + l);
        }
        VariationalMlp net1 = new VariationalMlp(SHAPE, TRAINING, 1);
        VariationalMlp net2 = new VariationalMlp(SHAPE, TRAINING, 2);
        for (EvalMode mode : EvalMode.values()) {
            double a1 = net1.accuracy(one, TASK.test(), null, 2.0, mode, 3, 17);
            double a2 = net2.accuracy(two, TASK.test(), null, 2.0, mode, 3, 17);
            assertEquals(a1, a2, 0.0, mode.id());
            assertTrue(a1 > 0.6, mode.id() + " accuracy " + a1 + " (chance 0.25)");
        }
    }

    private static MlpState train(int threads, int epochs) {
        VariationalMlp net = new VariationalMlp(SHAPE, TRAINING, threads);
        MlpState state = net.initialState(42);
        for (int e = 1; e <= epochs; e++) {
            EpochStats stats = net.trainEpoch(state, TASK, 2.0, 100 + e);
            assertFalse(stats.diverged());
            assertEquals(64, stats.steps());
        }
        assertEquals(64L * epochs, state.step());
        return state;
    }

    @Test
    void aCheckpointResumesExactly() throws IOException {
        VariationalMlp net = new VariationalMlp(SHAPE, TRAINING.withPrior(1, KlAnchor.TASK_BOUNDARY), 1);
        MlpState state = net.initialState(7);
        net.trainEpoch(state, TASK, 2.0, 1);
        net.endTask(state);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        state.write(new DataOutputStream(bytes));
        MlpState restored = MlpState.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        net.trainEpoch(state, TASK, 3.0, 2);
        net.trainEpoch(restored, TASK, 3.0, 2);
        assertEquals(state.step(), restored.step());
        for (int l = 0; l < SHAPE.layers(); l++) {
            assertArrayEquals(state.fields(l), restored.fields(l));
        }
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThrows(IOException.class, () -> MlpState.read(new DataInputStream(new ByteArrayInputStream(cut))));
    }

    @Test
    void meanNetworkAccuracyIsThatOfTheSignWeightsComputedIndependently() {
        MlpState state = train(1, 1);
        VariationalMlp net = new VariationalMlp(SHAPE, TRAINING, 1);
        double beta = 2.0;
        int hits = 0;
        ImageSet test = TASK.test();
        float[] w0 = state.fields(0);
        float[] w1 = state.fields(1);
        for (int k = 0; k < test.count(); k++) {
            double[] hidden = new double[300];
            for (int j = 0; j < 300; j++) {
                double s = 0;
                for (int i = 0; i < 64; i++) {
                    s += (test.pixels()[k * 64 + i] & 0xFF) / 255.0 * (w0[i * 300 + j] >= 0 ? 1 : -1);
                }
                hidden[j] = Math.max(0, s / 8);
            }
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < 4; c++) {
                double s = 0;
                for (int j = 0; j < 300; j++) {
                    s += hidden[j] * (w1[j * 4 + c] >= 0 ? 1 : -1);
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = c;
                }
            }
            hits += best == test.label(k) ? 1 : 0;
        }
        assertEquals(hits / (double) test.count(), net.accuracy(state, test, null, beta, EvalMode.MEAN, 0, 1), 2e-3);
    }

    @Test
    void atLargeBetaEveryEvaluationModeIsTheMeanNetwork() {
        MlpState state = train(1, 1);
        VariationalMlp net = new VariationalMlp(SHAPE, TRAINING, 1);
        double beta = 1e4;
        double mean = net.accuracy(state, TASK.test(), null, beta, EvalMode.MEAN, 0, 1);
        assertEquals(mean, net.accuracy(state, TASK.test(), null, beta, EvalMode.SAMPLED, 4, 1), 2e-3);
        assertEquals(mean, net.accuracy(state, TASK.test(), null, beta, EvalMode.STOCHASTIC, 0, 1), 2e-3);
    }

    @Test
    void misfitsAreRefused() {
        VariationalMlp net = new VariationalMlp(new MlpShape(List.of(784, 10)), TRAINING, 1);
        assertThrows(IllegalArgumentException.class, () -> net.trainEpoch(net.initialState(1), TASK, 1, 1));
        VariationalMlp big = new VariationalMlp(SHAPE, TRAINING.withBatches(64, 64), 1);
        assertThrows(IllegalArgumentException.class, () -> big.trainEpoch(big.initialState(1), TASK, 1, 1));
    }

    @Test
    void aRunawayLearningRateIsReportedAsDiverged() {
        VariationalMlp net = new VariationalMlp(SHAPE, TRAINING.withLearningRate(1e38), 1);
        MlpState state = net.initialState(3);
        EpochStats stats = net.trainEpoch(state, TASK, 2.0, 1);
        assertTrue(stats.diverged(), "fields overflow within a few steps");
        assertTrue(Double.isNaN(stats.meanLoss()), "a diverged epoch has no loss, got " + stats.meanLoss());
        assertTrue(stats.steps() < 64, "the epoch stops at the first non-finite loss, after " + stats.steps());
    }
}
