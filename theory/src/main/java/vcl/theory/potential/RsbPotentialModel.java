package vcl.theory.potential;

import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.rsb.RsbState;

/**
 * The Franz-Parisi free entropy around a one-step (1RSB) reference at Parisi parameter x, the
 * constrained system replica symmetric (docs/theory-potential.md section 10):
 * <pre>  V = −q̂* q* + q̂ q/2 − r̂ r + (1 − x) p̂1 p1 + x p̂0 p0 − d̂ d + G_S + α G_E,  </pre>
 * and both sides of its saddle point at fixed d: the energetic side gives
 * {@code q̂ = −2α∂G_E/∂q}, {@code r̂ = α∂G_E/∂r}, {@code q̂* = α∂G_E/∂q*}, {@code p̂1 = αP1},
 * {@code p̂0 = αP0} ({@link RsbJointDerivatives}); d̂ is fixed by {@code E[m1⟨m⟩] = d}; the Lagrange
 * field is {@code ε = d̂ − α∂G_E/∂d = −dV/dd}. The z1 rules of the reference's blocks have
 * {@code blockPoints} nodes.
 */
public final class RsbPotentialModel {

    /**
     * Default nodes of the block rules: of the channel's law, and of the site's on each side of
     * b1 = 0 (at the 1RSB poor branch at α = 1, β = 20, x = x*: the site's images within about 2e-5
     * of the 1RSB solver's saddle point, 1e-4 with 8, 2e-6 with 16; the channel's conjugates within
     * 1e-8 with 8).
     */
    public static final int BLOCK_POINTS = 12;

    private final RsbState reference;
    private final RsbJointEnergetic energetic;
    private final RsbCoupledSite site;
    private final RsbReferenceFields fields;
    private final RsbReferenceSites sites;

    /** The model around a 1RSB reference, with quadrature settings, block rule size and parallel z0 sums or not. */
    public RsbPotentialModel(RsbState reference, QuadratureSettings settings, int blockPoints, boolean parallel) {
        if (blockPoints < 1) {
            throw new IllegalArgumentException("block rules need at least one node");
        }
        if (!(reference.q0Hat() > 0)) {
            throw new IllegalArgumentException("the 1RSB reference needs q0^ > 0");
        }
        this.reference = reference;
        this.fields = new RsbReferenceFields(reference.beta(), reference, blockPoints, settings);
        this.sites = new RsbReferenceSites(reference.measure(), reference, blockPoints, settings);
        this.energetic = new RsbJointEnergetic(reference.beta(), fields, settings, parallel);
        this.site = new RsbCoupledSite(reference.measure(), sites, settings, parallel);
    }

    /** Default quadrature and block rules, parallel. */
    public RsbPotentialModel(RsbState reference) {
        this(reference, QuadratureSettings.DEFAULT, BLOCK_POINTS, true);
    }

    public RsbState reference() {
        return reference;
    }

    public RsbJointEnergetic energetic() {
        return energetic;
    }

    public RsbCoupledSite site() {
        return site;
    }

    /**
     * The reference's own 1RSB free entropy {@code Φ(x)} on this model's rules (at the reference's
     * parameters, whether or not they are a saddle point).
     */
    public double referencePhi() {
        RsbState s = reference;
        double x = s.x();
        return -s.qStarHat() * s.qStar() + 0.5 * ((1 - x) * s.q1Hat() * s.q1() + x * s.q0Hat() * s.q0())
                - s.rHat() * s.r() + sites.referenceEntropic() + s.alpha() * fields.referenceEnergetic();
    }

    /** The energetic side's conjugates at op with site coupling d̂. */
    private RsbCoupledConjugates conjugates(RsbCoupledOrder op, RsbJointDerivatives e, double dHat) {
        double alpha = reference.alpha();
        double qHat = -2 * alpha * e.dq();
        if (!(qHat >= 0) || !Double.isFinite(qHat)) {
            throw new NumericalLimitException("energetic side out of reach at " + op + ": q^ = " + qHat);
        }
        return new RsbCoupledConjugates(qHat, alpha * e.dr(), alpha * e.dqStar(), alpha * e.p1Slope(),
                alpha * e.p0Slope(), dHat);
    }

    /** Both sides at order parameters op (its d the constraint) and site coupling d̂. */
    public Evaluation evaluate(RsbCoupledOrder op, double dHat) {
        RsbJointDerivatives e = energetic.evaluate(op);
        RsbCoupledConjugates c = conjugates(op, e, dHat);
        return new Evaluation(op, e, c, site.evaluate(c));
    }

    /**
     * Both sides at op with no field on the overlap: d̂ is the energetic side's own {@code α∂G_E/∂d}
     * (ε = 0), so d is one more order parameter whose image is {@code E[m1⟨m⟩]}. Its fixed points are
     * the states of the unconstrained second system (stationary points of V in d).
     */
    public Evaluation evaluateUnconstrained(RsbCoupledOrder op) {
        RsbJointDerivatives e = energetic.evaluate(op);
        RsbCoupledConjugates c = conjugates(op, e, reference.alpha() * e.dd());
        return new Evaluation(op, e, c, site.evaluate(c));
    }

    /**
     * Both sides at op with d̂ solved so that {@code E[m1⟨m⟩]} equals op's d (Newton from
     * {@code dHatStart} with the slope χ_d, the step at most {@code 1 + |d̂|} and halved while it does
     * not reduce the mismatch),
     * to 1e-13 in d.
     *
     * @throws NumericalLimitException if d cannot be reached
     */
    public Evaluation evaluateAtOverlap(RsbCoupledOrder op, double dHatStart) {
        RsbJointDerivatives e = energetic.evaluate(op);
        RsbCoupledConjugates c = conjugates(op, e, dHatStart);
        CouplingNewton.Solved<RsbCoupledConjugates, RsbCoupledAverages> at = CouplingNewton.solve(op.d(), dHatStart,
                dHat -> new RsbCoupledConjugates(c.qHat(), c.rHat(), c.qStarHat(), c.p1Hat(), c.p0Hat(), dHat),
                site::evaluate, RsbCoupledAverages::d, RsbCoupledAverages::chiD);
        return new Evaluation(op, e, at.conjugates(), at.site());
    }

    /** V at an evaluation (exact at the saddle point). */
    public double freeEntropy(Evaluation ev) {
        return freeEntropy(ev.order(), ev.conjugates(), ev.site().gS(), ev.energetic().value());
    }

    /** The variational V with all twelve parameters independent (stationary at the saddle point). */
    public double freeEntropy(RsbCoupledOrder op, RsbCoupledConjugates c) {
        return freeEntropy(op, c, site.evaluate(c).gS(), energetic.evaluate(op).value());
    }

    private double freeEntropy(RsbCoupledOrder op, RsbCoupledConjugates c, double gS, double gE) {
        double x = reference.x();
        return -c.qStarHat() * op.qStar() + 0.5 * c.qHat() * op.q() - c.rHat() * op.r()
                + (1 - x) * c.p1Hat() * op.p1() + x * c.p0Hat() * op.p0() - c.dHat() * op.d() + gS
                + reference.alpha() * gE;
    }

    /** The Lagrange field {@code ε = d̂ − α∂G_E/∂d}. */
    public double lagrangeField(Evaluation ev) {
        return ev.conjugates().dHat() - reference.alpha() * ev.energetic().dd();
    }

    /** Both sides of the saddle point at one point. */
    public record Evaluation(RsbCoupledOrder order, RsbJointDerivatives energetic, RsbCoupledConjugates conjugates,
            RsbCoupledAverages site) {
    }
}
