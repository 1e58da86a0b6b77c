package vcl.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;
import vcl.experiments.sweep.Shard;
import vcl.experiments.sweep.SpecFormat;
import vcl.experiments.sweep.SweepGrid;
import vcl.experiments.sweep.SweepOutcome;
import vcl.experiments.sweep.SweepPlan;
import vcl.experiments.sweep.SweepRows;
import vcl.experiments.sweep.SweepSpec;
import vcl.experiments.sweep.SweepSpecReader;
import vcl.experiments.sweep.SweepTask;

/**
 * A sweep on Apache Spark: the driver opens the sweep folder as {@code vcl sweep run} does (same
 * manifest, resumption, refusal of another spec), each pending task (a continuation line of a solver,
 * one point of a simulation) becomes one Spark task that computes its rows with the same code; the
 * tasks go in jobs of a few per executor slot, the driver storing the rows as each job ends, and the
 * driver writes the same CSV. Every number depends only on the sweep file (seeds included), never on
 * the partitioning, so the CSV is byte-identical to the local one. Optionally the CSV is also written
 * as Parquet.
 */
public final class SparkSweep {

    /** Tasks per executor slot in one Spark job. */
    private static final int TASKS_PER_SLOT = 4;

    private SparkSweep() {
    }

    /**
     * Runs the sweep of {@code specText} into {@code folder} on {@code spark}.
     *
     * @param format  the sweep file's language
     * @param parquet also write {@code results.parquet} (through Spark SQL) beside the CSV
     * @param err     progress lines, or null for none
     */
    public static SweepOutcome run(SparkSession spark, String specText, SpecFormat format, Path folder,
            boolean parquet, PrintWriter err) throws IOException {
        SweepSpec spec = SweepSpecReader.parse(specText, format, "sweep file");
        SweepPlan plan = SweepPlan.open(spec, folder, Shard.ALL, err);
        List<Integer> pending = plan.pending().stream().map(SweepTask::index).toList();
        String root = folder.toAbsolutePath().toString();   // where a task keeps its files (cl run's run folders)
        if (!pending.isEmpty()) {
            // jobs of a few tasks per slot: the cluster works in parallel, and the rows are stored as each job ends
            JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int width = TASKS_PER_SLOT * Math.max(1, context.defaultParallelism());
            for (int from = 0; from < pending.size(); from += width) {
                List<Integer> batch = pending.subList(from, Math.min(pending.size(), from + width));
                for (Tuple2<Integer, String> r : context.parallelize(batch, batch.size())
                        .mapPartitions(indices -> computeAll(specText, format, root, indices)).collect()) {
                    plan.store(r._1(), r._2());
                }
            }
        }
        SweepOutcome outcome = plan.finish();
        if (parquet) {
            spark.read().option("header", "true").option("inferSchema", "true").csv(outcome.csv().toString())
                    .write().mode("overwrite").parquet(folder.resolve("results.parquet").toString());
        }
        return outcome;
    }

    /** On an executor: the rows of each task of a partition. */
    private static Iterator<Tuple2<Integer, String>> computeAll(String specText, SpecFormat format, String root,
            Iterator<Integer> indices) throws IOException {
        SweepSpec spec = SweepSpecReader.parse(specText, format, "sweep file");
        SweepGrid grid = SweepGrid.of(spec);
        java.util.List<Tuple2<Integer, String>> out = new java.util.ArrayList<>();
        while (indices.hasNext()) {
            SweepTask task = grid.tasks().get(indices.next());
            out.add(new Tuple2<>(task.index(), SweepRows.compute(spec, task, Path.of(root))));
        }
        return out.iterator();
    }

    /**
     * {@code spark-submit --class vcl.spark.SparkSweep vcl-spark.jar SPEC DIR [--parquet]}: the master
     * and resources come from spark-submit.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--parquet"))) {
            System.err.println("usage: spark-submit --class vcl.spark.SparkSweep vcl-spark.jar SPEC DIR [--parquet]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String text = java.nio.file.Files.readString(file);
        SparkSession spark = SparkSession.builder().appName("vcl sweep " + file.getFileName()).getOrCreate();
        SweepOutcome outcome;
        try {
            outcome = run(spark, text, SpecFormat.of(file), Path.of(args[1]), args.length == 3,
                    new PrintWriter(System.err, true));
        } finally {
            spark.stop();
        }
        System.err.printf("sweep: %d points (%d computed now) -> %s%n", outcome.points(), outcome.computed(), outcome.csv());
        if (outcome.notConverged() > 0) {
            System.err.println("vcl: rows that did not converge (converged=false): " + outcome.notConverged());
            System.exit(3);
        }
    }
}
