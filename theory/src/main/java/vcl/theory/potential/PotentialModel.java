package vcl.theory.potential;

import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.QuadratureSettings;

/**
 * The replica-symmetric Franz-Parisi free entropy of the constrained system at load α,
 * <pre>  V = −q̂* q* + q̂ q/2 − r̂ r + p̂ p − d̂ d + G_S(q̂, r̂, q̂*, p̂, d̂) + α G_E(q, r, q*, p, d),  </pre>
 * and the evaluation of both sides of its saddle point at fixed d: the energetic side gives
 * {@code q̂ = −2α∂G_E/∂q}, {@code r̂ = α∂G_E/∂r}, {@code q̂* = α∂G_E/∂q*}, {@code p̂ = −α∂G_E/∂p};
 * d̂ is an unknown of the iteration (fixed by {@code E[m1⟨m⟩] = d}); the site side returns the
 * images. The Lagrange field that holds the overlap at d is {@code ε = d̂ − α∂G_E/∂d = −dV/dd}.
 */
public final class PotentialModel {

    private final Reference reference;
    private final JointEnergetic energetic;
    private final CoupledSite site;

    /** The model around a reference, with quadrature settings and parallel z sums or not. */
    public PotentialModel(Reference reference, QuadratureSettings settings, boolean parallel) {
        this(reference, settings, parallel, CoupledSite.XiRule.TABULATED);
    }

    /** As {@link #PotentialModel(Reference, QuadratureSettings, boolean)} with the site's ξ averages taken as given. */
    PotentialModel(Reference reference, QuadratureSettings settings, boolean parallel, CoupledSite.XiRule xi) {
        this.reference = reference;
        this.energetic = new JointEnergetic(reference.beta(),
                new ReferenceFields(reference.beta(), reference.order(), settings), settings, parallel);
        this.site = new CoupledSite(reference.measure(),
                new ReferenceSites(reference.measure(), reference.conjugates(), settings),
                reference.conjugates().qHat(), settings, parallel, xi);
    }

    public Reference reference() {
        return reference;
    }

    public JointEnergetic energetic() {
        return energetic;
    }

    public CoupledSite site() {
        return site;
    }

    /** Both sides at order parameters op (its d the constraint) and site coupling d̂. */
    public Evaluation evaluate(CoupledOrder op, double dHat) {
        double alpha = reference.alpha();
        JointDerivatives e = energetic.evaluate(op);
        double qHat = -2 * alpha * e.dq();
        if (!(qHat >= 0) || !Double.isFinite(qHat)) {
            throw new NumericalLimitException("energetic side out of reach at " + op + ": q^ = " + qHat);
        }
        CoupledConjugates c = new CoupledConjugates(qHat, alpha * e.dr(), alpha * e.dqStar(), -alpha * e.dp(), dHat);
        return new Evaluation(op, e, c, site.evaluate(c));
    }

    /**
     * Both sides at op with d̂ solved so that the site overlap {@code E[m1⟨m⟩]} equals op's d
     * (Newton from {@code dHatStart} with the slope χ_d, the step halved while it does not reduce the
     * mismatch), to {@code 1e-13} in d.
     *
     * @throws NumericalLimitException if d cannot be reached
     */
    public Evaluation evaluateAtOverlap(CoupledOrder op, double dHatStart) {
        double alpha = reference.alpha();
        JointDerivatives e = energetic.evaluate(op);
        double qHat = -2 * alpha * e.dq();
        if (!(qHat >= 0) || !Double.isFinite(qHat)) {
            throw new NumericalLimitException("energetic side out of reach at " + op + ": q^ = " + qHat);
        }
        double rHat = alpha * e.dr();
        double qStarHat = alpha * e.dqStar();
        double pHat = -alpha * e.dp();
        // q^, r^, q^*, p^ are fixed while d^ moves: every evaluation reads (and extends) one grid of ξ averages
        XiAverageGrid[] grid = new XiAverageGrid[1];
        CouplingNewton.Solved<CoupledConjugates, CoupledAverages> at = CouplingNewton.solve(op.d(), dHatStart,
                dHat -> new CoupledConjugates(qHat, rHat, qStarHat, pHat, dHat), c -> {
                    CoupledSite.Tabulated t = site.evaluate(c, grid[0]);
                    grid[0] = t.grid();
                    return t.averages();
                }, CoupledAverages::d, CoupledAverages::chiD);
        return new Evaluation(op, e, at.conjugates(), at.site());
    }

    /** V at an evaluation (exact at the saddle point). */
    public double freeEntropy(Evaluation ev) {
        return freeEntropy(ev.order(), ev.conjugates(), ev.site().gS(), ev.energetic().value());
    }

    /** The variational V with all ten parameters independent (stationary at the saddle point). */
    public double freeEntropy(CoupledOrder op, CoupledConjugates c) {
        return freeEntropy(op, c, site.evaluate(c).gS(), energetic.evaluate(op).value());
    }

    private double freeEntropy(CoupledOrder op, CoupledConjugates c, double gS, double gE) {
        return -c.qStarHat() * op.qStar() + 0.5 * c.qHat() * op.q() - c.rHat() * op.r() + c.pHat() * op.p()
                - c.dHat() * op.d() + gS + reference.alpha() * gE;
    }

    /** The Lagrange field {@code ε = d̂ − α∂G_E/∂d} (zero at the unconstrained optimum). */
    public double lagrangeField(Evaluation ev) {
        return ev.conjugates().dHat() - reference.alpha() * ev.energetic().dd();
    }

    /** Both sides of the saddle point at one point. */
    public record Evaluation(CoupledOrder order, JointDerivatives energetic, CoupledConjugates conjugates,
            CoupledAverages site) {
    }
}
