package vcl.experiments.cl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.mlp.EvalMode;

/**
 * Reads a run's rows as accuracy matrices and writes {@code summary.json} and the printed table:
 * R[i][j] (arrays 0-based: after task i+1, on task j+1) is the accuracy after the last epoch of a
 * task, b[j] at initialisation; ACC, BWT and FWT from {@link ContinualMetrics}, per seed and mode,
 * then mean and standard deviation over the seeds that did not diverge.
 */
final class ClSummary {

    /** The printed table's columns. */
    static final List<String> COLUMNS = List.of("method", "seed", "eval_mode", "status", "acc", "bwt", "fwt");

    private ClSummary() {
    }

    /** R of one seed and mode; NaN where a diverged seed never got. */
    static double[][] matrix(SeedProgress p, EvalMode mode, ClRunSpec spec) {
        int t = spec.tasks();
        double[][] r = new double[t][t];
        for (double[] row : r) {
            Arrays.fill(row, Double.NaN);
        }
        for (AccuracyRow row : p.rows()) {
            if (row.mode() == mode && row.afterTask() > 0 && row.epoch() == spec.epochsPerTask()) {
                r[row.afterTask() - 1][row.evalTask() - 1] = row.accuracy();
            }
        }
        return r;
    }

    /** b of one seed and mode: the accuracies at initialisation. */
    static double[] initial(SeedProgress p, EvalMode mode, ClRunSpec spec) {
        double[] b = new double[spec.tasks()];
        Arrays.fill(b, Double.NaN);
        for (AccuracyRow row : p.rows()) {
            if (row.mode() == mode && row.afterTask() == 0) {
                b[row.evalTask() - 1] = row.accuracy();
            }
        }
        return b;
    }

    /** The metrics of a seed that finished, null for one that diverged. */
    static ContinualMetrics metrics(SeedProgress p, EvalMode mode, ClRunSpec spec) {
        return p.diverged() ? null : ContinualMetrics.of(matrix(p, mode, spec), initial(p, mode, spec));
    }

    static Map<String, Object> provenance(ClResult result) {
        ClRunSpec spec = result.spec();
        Map<String, Object> top = Provenance.of("cl run", ClParameters.of(spec, result.shape()));
        top.put("master_seed", spec.masterSeed());
        top.put("streams", "seed k: run seed = first nextLong of split k of L64_X128_MIX(master_seed); from it"
                + " the initial fields, each task's pixel permutation, each epoch's shuffle and noise and each"
                + " evaluation's noise (DeepRunSeeds)");
        top.put("run_seeds", result.seeds().stream().map(s -> s.runSeed()).toList());
        return top;
    }

    static Map<String, Object> json(ClResult result) {
        ClRunSpec spec = result.spec();
        Map<String, Object> top = provenance(result);
        top.put("data", result.data());
        top.put("accuracy", "fraction of the test set classified correctly");
        top.put("matrix", "R[i][j]: accuracy on task j+1 after the last epoch of task i+1 (arrays count from 0);"
                + " initial[j]: on task j+1 at initialisation; null where a diverged seed never got");
        top.put("metrics", "acc = mean_j R[T][j]; bwt = mean_{i<T} (R[T][i] - R[i][i]);"
                + " fwt = mean_{i>=2} (R[i-1][i] - initial[i]), tasks 1..T");
        top.put("wall_time_seconds", result.seeds().stream().mapToDouble(s -> s.progress().wallSeconds()).sum());
        List<Object> seeds = new ArrayList<>();
        for (ClResult.SeedOutcome s : result.seeds()) {
            seeds.add(seed(s, spec));
        }
        top.put("seeds", seeds);
        Map<String, Object> over = new LinkedHashMap<>();
        for (EvalMode mode : spec.evalModes()) {
            over.put(mode.id(), overSeeds(result, mode));
        }
        top.put("over_seeds", over);
        return top;
    }

    private static Map<String, Object> seed(ClResult.SeedOutcome s, ClRunSpec spec) {
        SeedProgress p = s.progress();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", s.seed());
        m.put("run_seed", Long.toString(s.runSeed()));
        m.put("status", p.diverged() ? "diverged" : "finished");
        m.put("diverged_at", p.divergence());
        m.put("wall_time_seconds", p.wallSeconds());
        Map<String, Object> modes = new LinkedHashMap<>();
        for (EvalMode mode : spec.evalModes()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("R", matrix(p, mode, spec));
            e.put("initial", initial(p, mode, spec));
            ContinualMetrics metrics = metrics(p, mode, spec);
            e.put("acc", metrics == null ? null : metrics.acc());
            e.put("bwt", metrics == null ? null : metrics.bwt());
            e.put("fwt", metrics == null ? null : metrics.fwt());
            modes.put(mode.id(), e);
        }
        m.put("modes", modes);
        return m;
    }

    private static Map<String, Object> overSeeds(ClResult result, EvalMode mode) {
        ClRunSpec spec = result.spec();
        List<SeedProgress> finished = result.seeds().stream().map(ClResult.SeedOutcome::progress)
                .filter(p -> !p.diverged()).toList();
        int n = finished.size();
        double[][] acc = new double[3][n];
        int t = spec.tasks();
        double[][][] cells = new double[t][t][n];
        for (int k = 0; k < n; k++) {
            ContinualMetrics c = metrics(finished.get(k), mode, spec);
            acc[0][k] = c.acc();
            acc[1][k] = c.bwt();
            acc[2][k] = c.fwt();
            double[][] r = matrix(finished.get(k), mode, spec);
            for (int i = 0; i < t; i++) {
                for (int j = 0; j < t; j++) {
                    cells[i][j][k] = r[i][j];
                }
            }
        }
        double[][] mean = new double[t][t];
        double[][] std = new double[t][t];
        for (int i = 0; i < t; i++) {
            for (int j = 0; j < t; j++) {
                ContinualMetrics.Spread s = ContinualMetrics.Spread.of(cells[i][j]);
                mean[i][j] = s.mean();
                std[i][j] = s.std();
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seeds", n);
        m.put("acc", ContinualMetrics.Spread.of(acc[0]));
        m.put("bwt", ContinualMetrics.Spread.of(acc[1]));
        m.put("fwt", ContinualMetrics.Spread.of(acc[2]));
        m.put("R_mean", mean);
        m.put("R_std", std);
        return m;
    }

    static DataTable table(ClResult result) {
        ClRunSpec spec = result.spec();
        String method = spec.method().id();
        DataTable table = new DataTable(COLUMNS);
        for (ClResult.SeedOutcome s : result.seeds()) {
            for (EvalMode mode : spec.evalModes()) {
                ContinualMetrics c = metrics(s.progress(), mode, spec);
                table.add(method, Integer.toString(s.seed()), mode.id(), c == null ? "diverged" : "finished",
                        c == null ? Double.NaN : c.acc(), c == null ? Double.NaN : c.bwt(),
                        c == null ? Double.NaN : c.fwt());
            }
        }
        if (result.seeds().size() > 1) {
            for (EvalMode mode : spec.evalModes()) {
                Map<String, Object> over = overSeeds(result, mode);
                ContinualMetrics.Spread a = (ContinualMetrics.Spread) over.get("acc");
                ContinualMetrics.Spread b = (ContinualMetrics.Spread) over.get("bwt");
                ContinualMetrics.Spread f = (ContinualMetrics.Spread) over.get("fwt");
                String status = a.n() + " of " + result.seeds().size() + " seeds";
                table.add(method, "mean", mode.id(), status, a.mean(), b.mean(), f.mean());
                table.add(method, "std", mode.id(), status, a.std(), b.std(), f.std());
            }
        }
        return table;
    }
}
