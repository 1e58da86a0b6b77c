package vcl.theory.rsb;

/**
 * Task 1 with one step of replica-symmetry breaking at load α and Parisi parameter x: the free entropy
 * <pre>
 *   Φ = −q̂* q* + ½[(1 − x) q̂1 q1 + x q̂0 q0] − r̂ r + G_S(q̂0, q̂1, q̂*, r̂) + α G_E(q0, q1, q*, r)
 * </pre>
 * ({@link RsbSite}, {@link RsbChannel}) and the saddle-point map built from its derivatives: the
 * conjugates {@code q̂1 = α·2∫Dz0 A[g²]}, {@code q̂0 = −(2α/x) ∂G_E/∂q0}, {@code q̂* = α ∂G_E/∂q*},
 * {@code r̂ = α ∂G_E/∂r} (energetic side), and the overlaps {@code q0 = E0[⟨m⟩]²},
 * {@code q1 = E0[⟨m⟩²]}, {@code q* = E0[⟨m²⟩]}, {@code r = E0[⟨m⟩]} (entropic side). At the saddle
 * point the derivative of Φ in x is its explicit one,
 * {@code ∂Φ/∂x = ½(q̂0 q0 − q̂1 q1) + ∂G_S/∂x + α ∂G_E/∂x}. Immutable.
 */
public final class RsbModel {

    private final double alpha;
    private final double x;
    private final RsbChannel channel;
    private final RsbSite site;

    public RsbModel(double alpha, double x, RsbChannel channel, RsbSite site) {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be > 0, got " + alpha);
        }
        if (!(x > 0 && x <= 1)) {
            throw new IllegalArgumentException("Parisi parameter x must lie in (0, 1], got " + x);
        }
        this.alpha = alpha;
        this.x = x;
        this.channel = channel;
        this.site = site;
    }

    public double alpha() {
        return alpha;
    }

    public double x() {
        return x;
    }

    /**
     * Both sides of the saddle point at overlaps {@code {q0, q1, q*, r}} ({@code r² < q0 ≤ q1 < q* < 1}).
     * A q̂0 above q̂1 by rounding (at q0 = q1 they agree to the accuracy of the z0 quadrature) is set to q̂1.
     */
    public Evaluation evaluate(double[] overlaps) {
        double q0 = overlaps[0];
        double q1 = overlaps[1];
        double qs = overlaps[2];
        double r = overlaps[3];
        ChannelImage e = channel.evaluate(x, q0, q1, qs, r);
        double q1Hat = alpha * e.slopeSquare();
        double q0Hat = Math.max(0, Math.min(q1Hat, -2 * alpha * e.dq0() / x));
        double qsHat = alpha * e.dqStar();
        double rHat = alpha * e.dr();
        if (!(Double.isFinite(q1Hat) && Double.isFinite(q0Hat) && Double.isFinite(qsHat) && Double.isFinite(rHat))) {
            throw new IllegalArgumentException("conjugates out of reach at " + java.util.Arrays.toString(overlaps));
        }
        SiteImage s = site.evaluate(x, q0Hat, q1Hat, qsHat, rHat);
        return new Evaluation(q0, q1, qs, r, q0Hat, q1Hat, qsHat, rHat, e, s);
    }

    /** Φ at an evaluation (exact at the saddle point, a variational value elsewhere). */
    public double freeEntropy(Evaluation ev) {
        return -ev.qStarHat * ev.qStar + 0.5 * ((1 - x) * ev.q1Hat * ev.q1 + x * ev.q0Hat * ev.q0)
                - ev.rHat * ev.r + ev.site.gS() + alpha * ev.channel.gE();
    }

    /** The explicit x-derivative of Φ, its total derivative at a saddle point. */
    public double freeEntropySlope(Evaluation ev) {
        return 0.5 * (ev.q0Hat * ev.q0 - ev.q1Hat * ev.q1) + ev.site.dGsDx() + alpha * ev.channel.dGeDx();
    }

    /** The state at an evaluation. */
    public RsbState state(Evaluation ev, double beta) {
        return new RsbState(alpha, beta, site.measure(), x, ev.q0, ev.q1, ev.qStar, ev.r, ev.q0Hat, ev.q1Hat,
                ev.qStarHat, ev.rHat, freeEntropy(ev));
    }

    /** Both sides at one point: the overlaps, the conjugates the energetic side returns, the site image. */
    public record Evaluation(double q0, double q1, double qStar, double r, double q0Hat, double q1Hat,
            double qStarHat, double rHat, ChannelImage channel, SiteImage site) {

        /** The overlaps the entropic side returns, {@code {q0, q1, q*, r}}. */
        public double[] image() {
            return new double[] {site.q0(), site.q1(), site.qStar(), site.r()};
        }
    }
}
