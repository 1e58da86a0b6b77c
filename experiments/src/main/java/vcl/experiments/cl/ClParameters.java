package vcl.experiments.cl;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.Json;
import vcl.experiments.io.VersionInfo;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.sim.mlp.EvalMode;
import vcl.sim.mlp.MlpShape;
import vcl.sim.mlp.MlpTraining;

/**
 * The parameters of a continual-learning run as recorded: all of them for the provenance, and the
 * run's identity, what a resumed run must share with the run it continues (every parameter that
 * changes a number, the master seed and the software version; not the threads, the data folder or
 * the output folder, nor the git commit: a resumption by another build is reported, not refused).
 */
final class ClParameters {

    private ClParameters() {
    }

    /** Every parameter of the run, in the order of the command line. */
    static Map<String, Object> of(ClRunSpec spec, MlpShape shape) {
        Map<String, Object> p = new LinkedHashMap<>(numbers(spec, shape));
        p.put("threads", spec.threads());
        p.put("data_dir", spec.dataDir() == null ? null : spec.dataDir().toString());
        p.put("out", spec.out().toString());
        return p;
    }

    /** The identity of the run: the parameters that change its numbers, the master seed and the version. */
    static Map<String, Object> identity(ClRunSpec spec, MlpShape shape) {
        Map<String, Object> id = new LinkedHashMap<>(numbers(spec, shape));
        id.put("master_seed", spec.masterSeed());
        id.put("version", VersionInfo.version());
        return id;
    }

    /** SHA-256 (hex) of an identity's JSON text. */
    static String hash(Map<String, Object> identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Json.write(identity).getBytes(StandardCharsets.UTF_8));
            return String.format("%064x", new BigInteger(1, digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Map<String, Object> numbers(ClRunSpec spec, MlpShape shape) {
        MlpTraining t = spec.training();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("method", spec.method().id());
        p.put("stream", spec.stream().id());
        p.put("pixel_permutation", spec.stream().permuted() ? "every task, task 1 included" : "none");
        p.put("tasks", spec.tasks());
        p.put("epochs_per_task", spec.epochsPerTask());
        p.put("seeds", spec.seeds());
        p.put("train_size", spec.trainSize());
        p.put("network", shape.toString());
        p.put("hidden", spec.hidden());
        p.put("initial_fields", "N(0,1)");
        p.put("optimizer", "adam");
        p.put("lr", t.learningRate());
        p.put("adam_betas", List.of(t.beta1(), t.beta2()));
        p.put("adam_epsilon", t.epsilon());
        p.put("batch", t.batchSize());
        p.put("batches_per_epoch", t.batchesPerEpoch());
        p.put("kl_weight", t.klWeight());
        p.put("anchor", t.anchor().id());
        p.put("beta_schedule", spec.beta().toString());
        p.put("eval_modes", spec.evalModes().stream().map(EvalMode::id).toList());
        p.put("samples", spec.samples());
        if (spec.method() == ClMethod.EWC) {
            p.putAll(EwcLearner.parameters(spec));
        }
        if (spec.method() == ClMethod.META || spec.method() == ClMethod.BNN) {
            p.putAll(MetaLearner.parameters(MetaLearner.settings(spec)));
        }
        return p;
    }
}
