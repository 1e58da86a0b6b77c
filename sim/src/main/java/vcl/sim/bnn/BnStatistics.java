package vcl.sim.bnn;

/** Which batch-normalisation running statistics evaluate a task. */
public enum BnStatistics {
    /**
     * Each finished task keeps the running averages it ended with and is evaluated with them; the
     * task being learned and tasks not yet seen use the current ones (what the authors' code does in
     * its default "task" scenario).
     */
    PER_TASK("per-task"),
    /** One set of running averages for every task (no task identity at test time). */
    SHARED("shared");

    private final String id;

    BnStatistics(String id) {
        this.id = id;
    }

    /** The name in the provenance. */
    public String id() {
        return id;
    }
}
