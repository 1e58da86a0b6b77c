package vcl.experiments.spec;

/**
 * How the independent runs of a simulation are executed: the master seed every run seed is split
 * from, and the number of worker threads (the results do not depend on it).
 *
 * @param masterSeed the master seed ({@code --seed})
 * @param threads    worker threads, at least 1 (the command checks the user's value)
 */
public record RunSettings(long masterSeed, int threads) {

    public RunSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }
}
