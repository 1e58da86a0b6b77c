package vcl.sim.optim;

import vcl.sim.spec.Ranges;

/**
 * The optimizer hyper-parameters a user gives by name (on the command line): every registered
 * {@link OptimizerKind} builds its spec from these, using the ones it needs.
 *
 * @param lr          learning rate, a finite number > 0
 * @param momentum    momentum coefficient in [0, 1) (used by the SGD family)
 * @param weightDecay weight decay (L2 or decoupled)
 */
public record OptimizerOptions(double lr, double momentum, WeightDecay weightDecay) {

    public OptimizerOptions {
        Ranges.positive("lr", lr);
        Ranges.unitInterval("momentum", momentum);
        if (weightDecay == null) {
            weightDecay = WeightDecay.NONE;
        }
    }
}
