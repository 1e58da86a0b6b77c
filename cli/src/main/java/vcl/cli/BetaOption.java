package vcl.cli;

import picocli.CommandLine.Option;

/** {@code --beta}: the learning inverse temperature of the solve and bench commands. */
public final class BetaOption {

    @Option(names = "--beta", defaultValue = "20",
            description = "Learning inverse temperature β in (0, 1000] (default ${DEFAULT-VALUE}).")
    double beta;

    double value() {
        return beta;
    }
}
