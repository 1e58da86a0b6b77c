package vcl.cli;

import vcl.experiments.io.OutputFormat;
import vcl.experiments.spec.UserInputException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.optim.WeightDecay;
import vcl.sim.run.SgdConfig;

/** Training, seeding and output options shared by {@code simulate task1} and {@code simulate task2}. */
final class TrainingOptions {

    @Option(names = "--n", required = true, description = "number of weights N (>= 1)")
    int n;

    @Option(names = "--seeds", required = true, description = "independent runs per point (>= 1)")
    int seeds;

    @Option(names = "--optimizer", defaultValue = "sgd", description = "sgd (with --momentum) or adam (default ${DEFAULT-VALUE})")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.03", description = "learning rate (> 0, default ${DEFAULT-VALUE})")
    double lr;

    @Option(names = "--batch", defaultValue = "0", description = "mini-batch size (>= P: full batch); 0: max(ceil(P/20), 10) (default)")
    int batch;

    @Option(names = "--epochs", defaultValue = "500", description = "epochs (>= 1, default ${DEFAULT-VALUE})")
    int epochs;

    @Option(names = "--momentum", defaultValue = "0.9", description = "SGD momentum in [0, 1) (default ${DEFAULT-VALUE})")
    double momentum;

    @Option(names = "--weight-decay", defaultValue = "0", description = "weight decay on the fields (>= 0, default 0)")
    double weightDecay;

    @Option(names = "--weight-decay-mode", defaultValue = "decoupled", description = "decoupled or l2 (default ${DEFAULT-VALUE})")
    String weightDecayMode;

    @Option(names = "--beta-field", defaultValue = "1", description = "field inverse temperature beta_f (> 0, default 1)")
    double betaField;

    @Option(names = "--record-every", defaultValue = "10", description = "record every R epochs (>= 1, default ${DEFAULT-VALUE})")
    int recordEvery;

    @Option(names = "--final-only", description = "keep only the last row of each run (of each phase in task2)")
    boolean finalOnly;

    @Option(names = "--shuffle", description = "reshuffle the mini-batches every epoch (default: fixed order)")
    boolean shuffle;

    @Option(names = "--early-stop", description = "stop a run when its test error reaches 0")
    boolean earlyStop;

    @Option(names = "--test-size", defaultValue = "10000", description = "fresh test examples (>= 1, default ${DEFAULT-VALUE})")
    int testSize;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads (default: all available processors)")
    Integer threads;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json or table (default ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--out", description = "write the data to FILE (atomically) instead of stdout")
    Path out;

    /** Checks the shared options, naming the parameter and its allowed range. */
    void validate() {
        require(n >= 1, "--n must be >= 1 (got " + n + ")");
        require(seeds >= 1, "--seeds must be >= 1 (got " + seeds + ")");
        require(lr > 0 && Double.isFinite(lr), "--lr must be > 0 (got " + lr + ")");
        require(optimizer.equals("sgd") || optimizer.equals("adam"),
                "--optimizer must be one of sgd, adam (got '" + optimizer + "')");
        require(momentum >= 0 && momentum < 1, "--momentum must lie in [0, 1) (got " + momentum + ")");
        require(batch >= 0, "--batch must be >= 1, or 0 for the default rule (got " + batch + ")");
        require(epochs >= 1, "--epochs must be >= 1 (got " + epochs + ")");
        require(weightDecay >= 0 && Double.isFinite(weightDecay), "--weight-decay must be >= 0 (got " + weightDecay + ")");
        require(weightDecayMode.equals("decoupled") || weightDecayMode.equals("l2"),
                "--weight-decay-mode must be decoupled or l2 (got '" + weightDecayMode + "')");
        require(betaField > 0 && Double.isFinite(betaField), "--beta-field must be > 0 (got " + betaField + ")");
        require(recordEvery >= 1, "--record-every must be >= 1 (got " + recordEvery + ")");
        require(testSize >= 1, "--test-size must be >= 1 (got " + testSize + ")");
        require(threads == null || threads >= 1, "--threads must be >= 1 (got " + threads + ")");
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw UserInputException.malformed(message.split("[ :]")[0], message);
        }
    }

    int threadCount() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    SgdConfig training(int epochCount, double rate) {
        WeightDecay decay = new WeightDecay(weightDecay, weightDecayMode.equals("decoupled"));
        OptimizerSpec spec = new OptimizerSpec(optimizer, rate, optimizer.equals("adam") ? 0 : momentum,
                0.9, 0.999, 1e-8, decay);
        return new SgdConfig(spec, batch, epochCount, shuffle, finalOnly ? epochCount : recordEvery, earlyStop);
    }

    /** The options as provenance entries. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", n);
        p.put("seeds", seeds);
        p.put("optimizer", optimizer);
        p.put("lr", lr);
        p.put("momentum", optimizer.equals("adam") ? 0.0 : momentum);
        p.put("adam_betas", optimizer.equals("adam") ? java.util.List.of(0.9, 0.999) : null);
        p.put("batch", batch == 0 ? "max(ceil(P/20),10)" : batch);
        p.put("epochs", epochs);
        p.put("weight_decay", weightDecay);
        p.put("weight_decay_mode", weightDecayMode);
        p.put("beta_field", betaField);
        p.put("record_every", recordEvery);
        p.put("final_only", finalOnly);
        p.put("batch_order", shuffle ? "reshuffled" : "fixed");
        p.put("early_stop", earlyStop);
        p.put("test_size", testSize);
        p.put("initial_fields", "N(0,1)");
        p.put("examples", "P = round(alpha*N)");
        return p;
    }
}
