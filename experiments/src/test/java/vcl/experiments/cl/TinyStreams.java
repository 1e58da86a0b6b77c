package vcl.experiments.cl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.images.SyntheticImages;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.KlAnchor;

/** Tiny IDX data sets (random 4×4 images) written into a test's folder, and specs that run on them. */
final class TinyStreams {

    static final int TRAIN = 96;
    static final int TEST = 40;

    private TinyStreams() {
    }

    /** Writes MNIST and Fashion-MNIST look-alikes of random 4×4 images under {@code root}; returns root. */
    static Path write(Path root) throws IOException {
        long seed = 11;
        for (DataSetKind kind : DataSetKind.values()) {
            Path dir = DataSetFiles.directory(root, kind);
            Files.createDirectories(dir);
            ImageSet train = SyntheticImages.uniform(TRAIN, 4, 4, 10, seed++);
            ImageSet test = SyntheticImages.uniform(TEST, 4, 4, 10, seed++);
            IdxWriter.write(train, dir.resolve(DataSetFiles.TRAIN_IMAGES), dir.resolve(DataSetFiles.TRAIN_LABELS), false);
            IdxWriter.write(test, dir.resolve(DataSetFiles.TEST_IMAGES + ".gz"),
                    dir.resolve(DataSetFiles.TEST_LABELS + ".gz"), true);
        }
        return root;
    }

    /** Permuted MNIST look-alike: {@code tasks} × {@code epochs}, 2 seeds, mean and stochastic, a 16-8-10 network. */
    static ClRunSpec spec(Path data, Path out, int tasks, int epochs, int threads, double lr) {
        return new ClRunSpec(ClMethod.VCL, TaskStream.PERMUTED_MNIST, tasks, epochs, 2, 5, threads, 64, 16, 4, lr, 1,
                KlAnchor.STREAMING, BetaSchedule.PAPER, List.of(EvalMode.MEAN, EvalMode.STOCHASTIC), 3, List.of(8),
                data, out, BaselineSettings.DEFAULTS);
    }
}
