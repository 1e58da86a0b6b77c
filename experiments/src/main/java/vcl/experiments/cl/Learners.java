package vcl.experiments.cl;

import vcl.experiments.spec.ClRunSpec;
import vcl.sim.mlp.MlpShape;

/** The learners of each {@link vcl.experiments.spec.ClMethod}: one arm per method. */
final class Learners {

    private Learners() {
    }

    /** The learners of {@code spec}'s method for a network of {@code shape}. */
    static ContinualLearner.Factory of(ClRunSpec spec, MlpShape shape) {
        return switch (spec.method()) {
            case VCL -> VclLearner.factory(shape, spec.training(), spec.threads());
            case META, BNN -> MetaLearner.factory(shape, MetaLearner.settings(spec), spec.threads());
            case EWC -> EwcLearner.factory(shape, spec.training(), spec.baselines(), spec.threads());
        };
    }
}
