package vcl.experiments.spec;

/**
 * How the independent runs of a simulation are executed: the master seed every run seed is split
 * from, and the number of worker threads (the results do not depend on it).
 *
 * @param masterSeed the master seed ({@code --seed})
 * @param threads    worker threads ({@code --threads}), at least 1
 */
public record RunSettings(long masterSeed, int threads) {

    public RunSettings {
        SimulateSpecs.count("--threads", threads);
    }
}
