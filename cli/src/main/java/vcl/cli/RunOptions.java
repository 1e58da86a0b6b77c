package vcl.cli;

import picocli.CommandLine.Option;
import vcl.experiments.spec.UserInputException;
import vcl.experiments.spec.RunSettings;

/** {@code --seed} and {@code --threads} of the commands that run simulations ({@code simulate}, {@code bench sgd}). */
final class RunOptions {

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", description = "worker threads (>= 1, default: all available processors)")
    Integer threads;

    /** The number of worker threads: as given (at least 1), or every available processor. */
    int threadCount() {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new UserInputException("--threads", ">= 1", Integer.toString(threads));
        }
        return threads;
    }

    /** The master seed and the worker threads. */
    RunSettings settings() {
        return new RunSettings(seed, threadCount());
    }
}
