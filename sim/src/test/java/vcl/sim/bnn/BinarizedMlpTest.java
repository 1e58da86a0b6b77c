package vcl.sim.bnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import vcl.sim.mlp.EpochStats;
import vcl.sim.mlp.MlpShape;

/**
 * The binarized network end to end on a small learnable problem: 8×8 images labelled by the largest
 * of four fixed random projections, a 64-128-128-4 network.
 */
class BinarizedMlpTest {

    private static final MlpShape SHAPE = new MlpShape(List.of(64, 128, 128, 4));
    private static final BnnSettings SETTINGS = BnnSettings.PAPER.withBatches(32, 64);
    private static final ImageTask TASK = teacherTask("teacher", 2048, 1000, 3);

    static ImageTask teacherTask(String name, int train, int test, long seed) {
        Random rnd = new Random(seed);
        double[][] w = new double[4][64];
        for (double[] row : w) {
            for (int i = 0; i < 64; i++) {
                row[i] = rnd.nextGaussian();
            }
        }
        return new ImageTask(name, images(train, w, rnd, "train"), images(test, w, rnd, "test"), null);
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

    private static BnnState train(BinarizedMlp net, int epochs) {
        BnnState s = net.initialState(11);
        for (int e = 0; e < epochs; e++) {
            EpochStats stats = net.trainEpoch(s, TASK, 100 + e);
            assertFalse(stats.diverged());
            assertEquals(64, stats.steps());
        }
        return s;
    }

    @Test
    void learnsWellAboveChanceAndTheNumbersDoNotDependOnTheThreadCount() {
        BinarizedMlp net = new BinarizedMlp(SHAPE, SETTINGS, 1);
        BnnState one = train(net, 5);
        BnnState two = train(new BinarizedMlp(SHAPE, SETTINGS, 2), 5);
        for (int l = 0; l < SHAPE.layers(); l++) {
            assertArrayEquals(one.hiddenWeights(l), two.hiddenWeights(l), "layer " + l);
        }
        double acc = net.accuracy(one, TASK);
        assertEquals(acc, net.accuracy(two, TASK), 0);
        assertTrue(acc > 0.6, "accuracy " + acc + " (chance 0.25)");
        BinarizedMlp plain = new BinarizedMlp(SHAPE, SETTINGS.withMetaM(0), 2);
        double accPlain = plain.accuracy(train(plain, 5), TASK);
        assertTrue(accPlain > 0.6, "plain BNN accuracy " + accPlain);
    }

    @Test
    void initialWeightsAreUniformInTheRadius() {
        BnnState s = BnnState.initial(SHAPE, 0.05, 1);
        float[] w = s.hiddenWeights(0);
        double sum = 0;
        double sq = 0;
        for (float x : w) {
            assertTrue(Math.abs(x) < 0.05);
            sum += x;
            sq += x * x;
        }
        // U(−r, r): mean 0, variance r²/3 (8192 draws: standard errors 3e-4 and 1.6e-5)
        assertEquals(0, sum / w.length, 2e-3);
        assertEquals(0.05 * 0.05 / 3, sq / w.length, 1e-4);
    }

    @Test
    void checkpointRoundTripContinuesExactly() throws IOException {
        BinarizedMlp net = new BinarizedMlp(SHAPE, SETTINGS, 1);
        BnnState s = train(net, 1);
        net.endTask(s);
        ImageTask second = teacherTask("second", 2048, 500, 4);
        net.trainEpoch(s, second, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        s.write(new DataOutputStream(bytes));
        BnnState back = BnnState.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(s.adamStep(), back.adamStep());
        assertEquals(s.tasksWithStatistics(), back.tasksWithStatistics());
        net.trainEpoch(s, second, 8);
        net.trainEpoch(back, second, 8);
        for (int l = 0; l < SHAPE.layers(); l++) {
            assertArrayEquals(s.hiddenWeights(l), back.hiddenWeights(l), "layer " + l);
        }
        assertEquals(net.accuracy(s, TASK), net.accuracy(back, TASK), 0);
        byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), 100);
        assertThrows(IOException.class,
                () -> BnnState.read(new DataInputStream(new ByteArrayInputStream(truncated))));
    }

    private static BnnState copyOf(BnnState s) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            s.write(new DataOutputStream(bytes));
            return BnnState.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void taskBoundaryResetsTheOptimizerAndKeepsTheTasksStatistics() {
        BinarizedMlp net = new BinarizedMlp(SHAPE, SETTINGS, 1);
        BnnState s = train(net, 1);
        assertEquals(64, s.adamStep());
        net.endTask(s);
        assertEquals(0, s.adamStep());
        for (float x : s.mW[0]) {
            assertEquals(0f, x, 0f);
        }
        assertEquals(List.of("teacher"), List.copyOf(s.tasksWithStatistics()));
        double before = net.accuracy(s, TASK);
        // a finished task is evaluated with the batch-norm state it ended with, not the current one
        BnnState moved = copyOf(s);
        for (int l = 0; l < SHAPE.layers(); l++) {
            java.util.Arrays.fill(moved.gamma[l], -1f);
            java.util.Arrays.fill(moved.runMean[l], 5f);
        }
        assertEquals(before, net.accuracy(moved, TASK), 0);
        BinarizedMlp sharedNet = new BinarizedMlp(SHAPE, SETTINGS.withStatistics(BnStatistics.SHARED), 1);
        assertEquals(before, sharedNet.accuracy(s, TASK), 0);
        assertTrue(sharedNet.accuracy(moved, TASK) < before - 0.1);
        float[] kept = s.taskStatistics.get("teacher")[0][0].clone();
        // training on another task moves the running statistics, not the ones kept for the first task
        net.trainEpoch(s, teacherTask("second", 2048, 500, 4), 9);
        assertArrayEquals(kept, s.taskStatistics.get("teacher")[0][0]);
        assertNotEquals(s.taskStatistics.get("teacher")[0][0][0], s.runMean[0][0]);
        BinarizedMlp shared = new BinarizedMlp(SHAPE, SETTINGS.withStatistics(BnStatistics.SHARED), 1);
        assertTrue(before > 0.4, "after one epoch " + before);
        assertTrue(Double.isFinite(shared.accuracy(s, TASK)));
    }
}
