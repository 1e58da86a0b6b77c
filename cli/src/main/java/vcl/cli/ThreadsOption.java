package vcl.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: worker threads, 0 for every available processor. */
public final class ThreadsOption {

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (default ${DEFAULT-VALUE}: every processor).")
    int threads;

    int value() {
        return threads;
    }
}
