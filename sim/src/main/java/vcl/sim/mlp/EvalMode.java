package vcl.sim.mlp;

/** How a trained variational network is turned into predictions on a test set. */
public enum EvalMode {
    /** The mean network: every weight at sign(μ), the binary network one would deploy. */
    MEAN("mean"),
    /** One pass through the Gaussian-field layers with fresh noise (what the paper's code reports). */
    STOCHASTIC("stochastic"),
    /** The posterior predictive of K sampled binary networks: their softmax outputs averaged. */
    SAMPLED("sampled");

    private final String id;

    EvalMode(String id) {
        this.id = id;
    }

    /** The name on the command line and in the {@code eval_mode} column. */
    public String id() {
        return id;
    }

    /** The mode named {@code id}. */
    public static EvalMode parse(String id) {
        for (EvalMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown evaluation mode '" + id + "' (mean, stochastic or sampled)");
    }
}
