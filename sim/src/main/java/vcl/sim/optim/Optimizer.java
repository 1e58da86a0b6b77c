package vcl.sim.optim;

/** A first-order update rule of the fields; one instance per run, confined to one thread. */
public interface Optimizer {

    /** Updates {@code h} in place given the gradient {@code grad} of the objective at h. */
    void step(double[] h, double[] grad);
}
