package vcl.experiments.cl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.OutputFormat;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;

/**
 * A finished (or diverged) continual-learning run: every seed's accuracy rows, and what
 * {@code accuracy.csv}, {@code summary.json} and the printed summary are made of.
 *
 * @param spec  what was run
 * @param shape the network's layer widths
 * @param seeds one outcome per seed index, in order
 * @param data  the data files used (root, names, sizes, SHA-256)
 */
public record ClResult(ClRunSpec spec, MlpShape shape, List<SeedOutcome> seeds, Map<String, Object> data) {

    /**
     * One seed's run.
     *
     * @param seed     the seed index k
     * @param runSeed  its run seed (split k of the master seed)
     * @param progress its rows, time and divergence
     */
    public record SeedOutcome(int seed, long runSeed, SeedProgress progress) {
    }

    public ClResult {
        seeds = List.copyOf(seeds);
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));   // in its order: summary.json is compared byte for byte
    }

    /** Whether any seed diverged (the command then exits with code 3). */
    public boolean diverged() {
        return seeds.stream().anyMatch(s -> s.progress().diverged());
    }

    /** Every row of every seed, seed after seed. */
    public List<AccuracyRow> rows() {
        List<AccuracyRow> all = new ArrayList<>();
        for (SeedOutcome s : seeds) {
            all.addAll(s.progress().rows());
        }
        return all;
    }

    /** The accuracy matrix R of one seed in one mode (as in {@code summary.json}; NaN where a diverged seed never got). */
    public double[][] matrix(SeedOutcome seed, EvalMode mode) {
        return ClSummary.matrix(seed.progress(), mode, spec);
    }

    /** ACC, BWT and FWT of one seed in one mode; null if the seed diverged. */
    public ContinualMetrics metrics(SeedOutcome seed, EvalMode mode) {
        return ClSummary.metrics(seed.progress(), mode, spec);
    }

    /** The text of {@code accuracy.csv}. */
    public String accuracyCsv() {
        DataTable table = new DataTable(AccuracyRow.COLUMNS);
        String method = spec.method().id();
        for (AccuracyRow r : rows()) {
            table.add(r.cells(method));
        }
        return table.render(OutputFormat.csv, Map.of());
    }

    /** The content of {@code summary.json}: matrices, ACC/BWT/FWT per seed and over seeds, provenance. */
    public Map<String, Object> summary() {
        return ClSummary.json(this);
    }

    /** What the printed summary carries in JSON: version, command, parameters, master and run seeds. */
    public Map<String, Object> provenance() {
        return ClSummary.provenance(this);
    }

    /** The printed summary: ACC, BWT, FWT per seed and evaluation mode (and their mean and std over seeds). */
    public DataTable table() {
        return ClSummary.table(this);
    }
}
