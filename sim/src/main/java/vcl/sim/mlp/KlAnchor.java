package vcl.sim.mlp;

/**
 * Which distribution the KL prior pulls the weights towards; its gradient is β²σ(θ − θ_anchor).
 */
public enum KlAnchor {
    /** The distribution before the previous step (the paper's code): the prior follows the learner. */
    STREAMING("streaming"),
    /** The distribution at the end of the previous task (frozen during a task; none during task 1). */
    TASK_BOUNDARY("task-boundary"),
    /** No prior term. */
    NONE("none");

    private final String id;

    KlAnchor(String id) {
        this.id = id;
    }

    /** The name on the command line and in records. */
    public String id() {
        return id;
    }

    /** The anchor named {@code id}. */
    public static KlAnchor parse(String id) {
        for (KlAnchor a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown KL anchor '" + id + "' (streaming, task-boundary or none)");
    }
}
