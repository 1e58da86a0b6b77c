package vcl.cli;

import picocli.CommandLine.Option;
import vcl.experiments.spec.RunSettings;

/** {@code --seed} and {@code --threads} of the commands that run simulations ({@code simulate}, {@code bench sgd}). */
final class RunOptions {

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (>= 1, default: all available processors).")
    Integer threads;

    /** The master seed and the worker threads (every available processor unless given; checked by {@link RunSettings}). */
    RunSettings settings() {
        return new RunSettings(seed, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    }
}
