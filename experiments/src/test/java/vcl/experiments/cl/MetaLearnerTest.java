package vcl.experiments.cl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vcl.experiments.spec.BaselineSettings;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.experiments.spec.UserInputException;
import vcl.sim.bnn.BnStatistics;
import vcl.sim.bnn.BnnSettings;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.KlAnchor;
import vcl.sim.mlp.MlpShape;

/** What {@code --method meta} and {@code bnn} take from the run's options, and what they record. */
class MetaLearnerTest {

    private static ClRunSpec spec(ClMethod method, int batch, double metaM) {
        TaskStream stream = ClRunSpec.stream("permuted-fmnist");
        return new ClRunSpec(method, stream, 5, 5, 1, 0, 1, ClRunSpec.PAPER_TRAIN_SIZE, batch, 500,
                ClRunSpec.defaultLr(method, stream), 1, KlAnchor.STREAMING, ClRunSpec.beta(stream, null, null),
                List.of(EvalMode.MEAN), 8, List.of(512, 512), null, Path.of("out"), new BaselineSettings(metaM, 100));
    }

    @Test
    void metaTakesMAndBnnIsMZeroWithTheAuthorsLearningRate() {
        TaskStream permuted = ClRunSpec.stream("permuted-fmnist");
        assertEquals(0.005, ClRunSpec.defaultLr(ClMethod.META, permuted));
        assertEquals(0.005, ClRunSpec.defaultLr(ClMethod.BNN, permuted));
        assertEquals(ClRunSpec.defaultLr(permuted), ClRunSpec.defaultLr(ClMethod.VCL, permuted));
        BnnSettings meta = MetaLearner.settings(spec(ClMethod.META, 64, 2.5));
        assertEquals(2.5, meta.metaM());
        assertEquals(0.005, meta.learningRate());
        assertEquals(64, meta.batchSize());
        assertEquals(500, meta.batchesPerEpoch());
        assertEquals(BnStatistics.PER_TASK, meta.statistics());
        assertEquals(0.0, MetaLearner.settings(spec(ClMethod.BNN, 64, 2.5)).metaM());
        assertThrows(UserInputException.class, () -> MetaLearner.settings(spec(ClMethod.META, 1, 1.35)));
    }

    @Test
    void theProvenanceNamesTheMethodsOwnSettings() {
        ClRunSpec spec = spec(ClMethod.META, 64, 1.35);
        Map<String, Object> p = ClParameters.of(spec, MlpShape.PAPER);
        assertEquals(1.35, p.get("meta_m"));
        assertEquals("adam_meta", p.get("optimizer"));
        assertEquals(List.of(0.9, 0.999), p.get("adam_betas"));
        assertTrue(p.get("batch_norm").toString().contains("per-task"), p.get("batch_norm").toString());
        assertEquals(64, p.get("batch"));
        Map<String, Object> vcl = ClParameters.of(spec(ClMethod.VCL, 64, 1.35), MlpShape.PAPER);
        assertTrue(!vcl.containsKey("meta_m"), "the variational method's provenance is unchanged");
    }
}
