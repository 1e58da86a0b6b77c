package vcl.sim.run;

import java.util.Optional;
import vcl.sim.perceptron.EntropyPrior;
import vcl.sim.perceptron.GradientTerm;
import vcl.sim.perceptron.KlPrior;
import vcl.sim.spec.Ranges;

/**
 * A prior term of a task's objective, as a spec; the runner builds it into a {@link GradientTerm}
 * when the task starts (its gradient is weighted by batch/P in each mini-batch).
 */
public sealed interface PriorSpec {

    /**
     * The gradient term for a task whose previous task ended at {@code previousFields} (null for
     * the first task); empty when the term vanishes (strength 0).
     */
    Optional<GradientTerm> term(double[] previousFields);

    /** Whether this prior refers to a previous task. */
    boolean needsPrevious();

    /**
     * {@code k · KL(Q_h ‖ uniform)}, the entropy prior.
     *
     * @param strength k ≥ 0
     */
    record Entropy(double strength) implements PriorSpec {
        public Entropy {
            Ranges.nonNegative("entropy-prior", strength);
        }

        @Override
        public Optional<GradientTerm> term(double[] previousFields) {
            return strength > 0 ? Optional.of(new EntropyPrior(strength)) : Optional.empty();
        }

        @Override
        public boolean needsPrevious() {
            return false;
        }
    }

    /**
     * {@code γ · KL(Q_h ‖ Q_{h_prev})} to the fields at the end of the previous task.
     *
     * @param gamma γ ≥ 0
     */
    record KlToPrevious(double gamma) implements PriorSpec {
        public KlToPrevious {
            Ranges.nonNegative("gamma", gamma);
        }

        @Override
        public Optional<GradientTerm> term(double[] previousFields) {
            return gamma > 0 ? Optional.of(new KlPrior(previousFields, gamma)) : Optional.empty();
        }

        @Override
        public boolean needsPrevious() {
            return true;
        }
    }
}
