package vcl.theory.stability;

import vcl.theory.franzparisi.ReferenceDensity;
import vcl.theory.franzparisi.SiteVariance;
import vcl.theory.franzparisi.Task2Coupling;
import vcl.theory.franzparisi.Task2Solution;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.QuadratureSettings;

/**
 * The replicon eigenvalue of the task-2 replica-symmetric saddle point around a quenched task-1
 * reference,
 * <pre>  λ_R = 1 − α2 · χ_out(q2, r2, q2*) · χ_in,   χ_in = E[(⟨m²⟩ − ⟨m⟩²)²],  </pre>
 * the average over the task-2 site disorder (teacher-2 sign B, reference mean m1 ~ ρ, Gaussian x;
 * {@link SiteVariance}) and χ_out the channel factor of task 1 ({@link ChannelCurvature}) at the
 * task-2 order parameters. Derivation: docs/theory-beyond.md, section 6.
 */
public final class Task2Replicon {

    private final ReferenceDensity reference;
    private final double beta;
    private final ChannelCurvature channel;
    private final QuadratureSettings settings;

    /**
     * @param reference the task-1 reference density of the task-2 solver
     * @param beta the learning inverse temperature
     */
    public Task2Replicon(ReferenceDensity reference, double beta, QuadratureSettings settings) {
        this.reference = reference;
        this.beta = beta;
        this.channel = new ChannelCurvature(beta);
        this.settings = settings;
    }

    /** λ_R at a solved task-2 point. */
    public double eigenvalue(Task2Solution s) {
        return 1 - s.alpha2() * channel.value(s.orderParameters())
                * siteFactor(new Task2Coupling(s.gamma(), s.r0()), s.conjugates());
    }

    /** χ_in = E[(⟨m²⟩ − ⟨m⟩²)²] over the task-2 site measure at (γ, r0) and the conjugates. */
    public double siteFactor(Task2Coupling coupling, Conjugates conj) {
        return new SiteVariance(reference, beta, coupling, settings).evaluate(conj).meanSquaredVariance();
    }
}
