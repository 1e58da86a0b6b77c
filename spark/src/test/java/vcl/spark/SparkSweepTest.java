package vcl.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.sweep.Shard;
import vcl.experiments.sweep.SpecFormat;
import vcl.experiments.sweep.SweepOutcome;
import vcl.experiments.sweep.SweepRunner;
import vcl.experiments.sweep.SweepSpecReader;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.SyntheticImages;

/** The same sweep file on Spark in local[2] and through {@code vcl sweep run}'s runner: the same bytes. */
class SparkSweepTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("vcl sweep test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static void sameCsv(String spec, SpecFormat format, Path tmp) throws Exception {
        SweepOutcome local = SweepRunner.run(SweepSpecReader.parse(spec, format, "spec"), tmp.resolve("local"),
                Shard.ALL, 2, null);
        SweepOutcome onSpark = SparkSweep.run(spark, spec, format, tmp.resolve("spark"), true, null);
        assertEquals(local.points(), onSpark.points());
        assertArrayEquals(Files.readAllBytes(local.csv()), Files.readAllBytes(onSpark.csv()));
        assertTrue(Files.isDirectory(tmp.resolve("spark").resolve("results.parquet")));
        assertEquals(local.points(), spark.read().parquet(tmp.resolve("spark").resolve("results.parquet").toString())
                .select("point_id").distinct().count());
    }

    @Test
    void aSolverSweepOnSparkIsTheLocalCsvByteForByte(@TempDir Path tmp) throws Exception {
        sameCsv("""
                command: solve task1
                parameters:
                  beta: [10, 20, 40]
                  alpha: "0.5:3:0.5"
                """, SpecFormat.YAML, tmp);
    }

    @Test
    void aSeededSimulationSweepOnSparkIsTheLocalCsvByteForByte(@TempDir Path tmp) throws Exception {
        sameCsv("""
                command = "simulate task1"
                [parameters]
                alpha = [0.5, 1.0, 2.0]
                n = 100
                seeds = 2
                epochs = 20
                record-every = 10
                test-size = 500
                seed = 7
                """, SpecFormat.TOML, tmp);
    }

    @Test
    void aDeepRunSweepOnSparkIsTheLocalCsvByteForByte(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        long seed = 11;
        for (DataSetKind kind : DataSetKind.values()) {   // random 4x4 images in the installed data sets' layout
            Path dir = DataSetFiles.directory(data, kind);
            Files.createDirectories(dir);
            IdxWriter.write(SyntheticImages.uniform(96, 4, 4, 10, seed++), dir.resolve(DataSetFiles.TRAIN_IMAGES),
                    dir.resolve(DataSetFiles.TRAIN_LABELS), false);
            IdxWriter.write(SyntheticImages.uniform(40, 4, 4, 10, seed++), dir.resolve(DataSetFiles.TEST_IMAGES),
                    dir.resolve(DataSetFiles.TEST_LABELS), false);
        }
        sameCsv("""
                command: cl run
                parameters:
                  method: [vcl, meta]
                  lr: [0.01, 0.02]
                  stream: permuted-mnist
                  tasks: 2
                  epochs-per-task: 1
                  seeds: 2
                  train-size: 64
                  batch: 16
                  hidden: "8"
                  data-dir: '%s'
                """.formatted(data), SpecFormat.YAML, tmp);
        assertTrue(Files.isRegularFile(tmp.resolve("spark").resolve("points").resolve("000003").resolve("summary.json")));
    }
}
