package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.List;
import vcl.experiments.cl.AccuracyRow;
import vcl.experiments.cl.ClResult;
import vcl.experiments.cl.ContinualMetrics;
import vcl.sim.mlp.EvalMode;

/**
 * What the deep figures plot from a {@link ClResult}, with the seed statistics of {@link Stats}:
 * a task's test accuracy against the global epoch (0 at initialisation, then 1..T over the whole
 * stream), the accuracy matrix R averaged over seeds, and ACC/BWT over seeds. Seeds that diverged
 * count where they have rows (curves) and are left out of R, ACC and BWT.
 */
final class DeepCurves {

    /**
     * A task's accuracy over seeds at each global epoch.
     *
     * @param epoch global epochs 0..T
     * @param mean  mean over seeds
     * @param min   minimum over seeds
     * @param max   maximum over seeds
     */
    record Curve(double[] epoch, double[] mean, double[] min, double[] max) {

        /** The part with epoch in [from, to]. */
        Curve between(double from, double to) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < epoch.length; i++) {
                if (epoch[i] >= from && epoch[i] <= to) {
                    keep.add(i);
                }
            }
            return new Curve(pick(epoch, keep), pick(mean, keep), pick(min, keep), pick(max, keep));
        }

        private static double[] pick(double[] v, List<Integer> keep) {
            return keep.stream().mapToDouble(i -> v[i]).toArray();
        }
    }

    private DeepCurves() {
    }

    /** The global epoch of a row: 0 at initialisation, (task − 1)·epochsPerTask + epoch after. */
    static int globalEpoch(AccuracyRow row, int epochsPerTask) {
        return row.afterTask() == 0 ? 0 : (row.afterTask() - 1) * epochsPerTask + row.epoch();
    }

    /** Accuracy on {@code evalTask} (1-based) in {@code mode} at every global epoch. */
    static Curve curve(ClResult result, EvalMode mode, int evalTask) {
        int per = result.spec().epochsPerTask();
        int total = result.spec().totalEpochs();
        List<List<Double>> at = new ArrayList<>();
        for (int g = 0; g <= total; g++) {
            at.add(new ArrayList<>());
        }
        for (AccuracyRow r : result.rows()) {
            if (r.mode() == mode && r.evalTask() == evalTask) {
                at.get(globalEpoch(r, per)).add(r.accuracy());
            }
        }
        List<double[]> cols = new ArrayList<>();
        for (int g = 0; g <= total; g++) {
            if (!at.get(g).isEmpty()) {
                Stats s = Stats.of(at.get(g));
                cols.add(new double[] {g, s.mean(), s.min(), s.max()});
            }
        }
        return new Curve(column(cols, 0), column(cols, 1), column(cols, 2), column(cols, 3));
    }

    private static double[] column(List<double[]> rows, int k) {
        return rows.stream().mapToDouble(r -> r[k]).toArray();
    }

    /** R averaged over the seeds that finished (R[i][j]: after task i+1, on task j+1); NaN if none did. */
    static double[][] meanMatrix(ClResult result, EvalMode mode) {
        int t = result.spec().tasks();
        double[][] sum = new double[t][t];
        int n = 0;
        for (ClResult.SeedOutcome s : result.seeds()) {
            if (s.progress().diverged()) {
                continue;
            }
            double[][] r = result.matrix(s, mode);
            for (int i = 0; i < t; i++) {
                for (int j = 0; j < t; j++) {
                    sum[i][j] += r[i][j];
                }
            }
            n++;
        }
        for (double[] row : sum) {
            for (int j = 0; j < t; j++) {
                row[j] = n == 0 ? Double.NaN : row[j] / n;
            }
        }
        return sum;
    }

    /** ACC (0) and BWT (1) over the seeds that finished. */
    static Stats[] accBwt(ClResult result, EvalMode mode) {
        List<Double> acc = new ArrayList<>();
        List<Double> bwt = new ArrayList<>();
        for (ClResult.SeedOutcome s : result.seeds()) {
            ContinualMetrics m = result.metrics(s, mode);
            if (m != null) {
                acc.add(m.acc());
                bwt.add(m.bwt());
            }
        }
        return new Stats[] {Stats.of(acc), Stats.of(bwt)};
    }

    /** How many seeds diverged. */
    static long diverged(ClResult result) {
        return result.seeds().stream().filter(s -> s.progress().diverged()).count();
    }
}
