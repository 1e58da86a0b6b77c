package vcl.theory.potential;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.QuadratureSettings;

/**
 * The joint energetic term of the Franz-Parisi potential (docs/theory-potential.md section 3): with
 * the teacher field v, the reference replicas' common field u, the coupled reference replica's field
 * λ1 and the constrained replicas' common field h jointly Gaussian (variances 1, q1, q1*, q;
 * covariances v·u = v·λ1 = r1, u·λ1 = q1, v·h = r, u·h = p, λ1·h = d),
 * <pre>  G_E = 2 E[ Θ(v) H(−λ1/s1)^β / K1(u) · L(h) ],   L = log K (the constrained inner average),  </pre>
 * and its derivatives by the Gaussian covariance identities ({@code ∂E[F]/∂Σ_ij = E[∂_i∂_j F]},
 * i ≠ j, and ½E[∂_i²F] on the diagonal):
 * <pre>
 *   ∂G/∂d  = 2E[Θ R (βM1/s1) L'],      ∂G/∂p = −2E[Θ R (β⟨M⟩1/s1) L'],   ∂G/∂r = 2E[δ(v) R L'],
 *   ∂G/∂q  = 2E[Θ R (L''/2 + L_q)],    ∂G/∂q* = 2E[Θ R L_q*],            R = H(−λ1/s1)^β / K1(u).
 * </pre>
 * Coordinates: {@code h = A z + B x1 + ρ t + τ η} with A = p/√q1, B = (d − p)/c1,
 * ρ = (r − Aκ)/σ_t, τ² = q − A² − B² − ρ² (must be ≥ 0: the covariance must be positive
 * semidefinite). Given (z, x1), t and η are averaged through {@code g = (ρt + τη)/σ_h}, the teacher
 * given g entering as {@code H(−(κzσ_h + σ_tρg)/(σ_tτ))}. The z nodes are parallel, each into its
 * own slot, summed in a fixed order. Immutable.
 */
public final class JointEnergetic {

    private final double beta;
    private final ReferenceFields reference;
    private final QuadratureSettings settings;
    private final boolean parallel;
    private final ConstrainedFieldAverage field;

    JointEnergetic(double beta, ReferenceFields reference, QuadratureSettings settings, boolean parallel) {
        this.beta = beta;
        this.reference = reference;
        this.settings = settings;
        this.parallel = parallel;
        this.field = new ConstrainedFieldAverage(reference.sigmaT, settings);
    }

    /** The joint covariance's coordinates at op: {A, B, ρ, τ, σ_h}; throws if it is not positive semidefinite. */
    double[] coordinates(CoupledOrder op) {
        ReferenceFields ref = reference;
        double a = op.p() / Math.sqrt(ref.q1);
        double b = (op.d() - op.p()) / ref.c1;
        double rho = (op.r() - a * ref.kappa) / ref.sigmaT;
        double tau2 = op.q() - a * a - b * b - rho * rho;
        if (!(tau2 >= -1e-12 * op.q())) {
            throw new NumericalLimitException("joint field covariance not positive semidefinite at " + op
                    + " (tau^2 = " + tau2 + ")");
        }
        double tau = Math.sqrt(Math.max(0, tau2));
        return new double[] {a, b, rho, tau, Math.hypot(rho, tau)};
    }

    /** G_E and its derivatives at op. */
    public JointDerivatives evaluate(CoupledOrder op) {
        double[] co = coordinates(op);
        double a = co[0];
        double b = co[1];
        double rho = co[2];
        double tau = co[3];
        double sigmaH = co[4];
        ReferenceFields ref = reference;
        double s = Math.sqrt(1 - op.qStar());
        double zMax = settings.zMax();
        double minM = Double.POSITIVE_INFINITY;
        double maxM = Double.NEGATIVE_INFINITY;
        // the fields where the table is read: m ± σ_h·zMax for the g averages, and the centres m + ρt0 of
        // the δ(v) slope ± τ·zMax only where the teacher's density at t0 is not zero (|t0| ≲ 38.6; t0 =
        // −κz/σ_t is far larger at most z when σ_t is small)
        double minRead = Double.POSITIVE_INFINITY;
        double maxRead = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ref.z.length; i++) {
            TiltedRule own = ref.own[i];
            double t0 = -(ref.kappa * ref.z[i]) / ref.sigmaT;
            boolean delta = deltaWeight(t0) != 0;
            for (int j = 0; j < own.size(); j++) {
                double m = a * ref.z[i] + b * own.x[j];
                minM = Math.min(minM, m);
                maxM = Math.max(maxM, m);
                double centre = delta ? m + rho * t0 : m;
                minRead = Math.min(minRead, Math.min(m, centre));
                maxRead = Math.max(maxRead, Math.max(m, centre));
            }
        }
        double reach = sigmaH * zMax + Math.abs(rho) * Math.abs(ref.kappa) * zMax / ref.sigmaT;
        // the grid of the whole reach (so the values of the full table), its rows computed where they are read
        ChannelTable table = ChannelTable.of(beta, op.q(), op.qStar(), minM - reach, maxM + reach,
                minRead - sigmaH * zMax, maxRead + sigmaH * zMax, settings, parallel);
        double edge = s / Math.sqrt(beta);
        int n = ref.z.length;
        double[][] slots = new double[n][];
        IntStream range = IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(i -> slots[i] = atZ(i, table, a, b, rho, tau, sigmaH, edge));
        double[] total = new double[6];
        for (double[] slot : slots) {
            for (int k = 0; k < 6; k++) {
                total[k] += slot[k];
            }
        }
        return new JointDerivatives(total[0], total[1], total[2], total[3], total[4], total[5]);
    }

    /** The weight of δ(v) at the teacher's own part t0 that makes v = 0 (given z). */
    private double deltaWeight(double t0) {
        return GaussianTail.density(t0) / reference.sigmaT;
    }

    /** The contributions of one z node: {G, ∂q, ∂r, ∂q*, ∂p, ∂d}, weight included. */
    private double[] atZ(int i, ChannelTable table, double a, double b, double rho, double tau, double sigmaH,
            double edge) {
        ReferenceFields ref = reference;
        double z = ref.z[i];
        double wz = 2 * ref.zWeight[i];
        TiltedRule own = ref.own[i];
        double kz = ref.kappa * z;
        double t0 = -kz / ref.sigmaT;
        double deltaWeight = deltaWeight(t0);
        double[] f = new double[ChannelTable.FUNCTIONS];
        double[] avg = new double[ChannelTable.FUNCTIONS];
        double[] out = new double[6];
        ConstrainedFieldAverage.Shared shared = field.shared(kz, sigmaH, rho, tau, edge);
        for (int j = 0; j < own.size(); j++) {
            double m = a * z + b * own.x[j];
            field.average(table, m, kz, sigmaH, rho, tau, edge, shared, f, avg);
            // where the teacher's density is zero the slope's contribution is exactly zero
            double slope = deltaWeight == 0 ? 0 : field.deltaSlope(table, m + rho * t0, tau, edge, f);
            double wr = wz * own.weight[j];
            out[0] += wr * avg[0];
            out[1] += wr * (0.5 * avg[2] + avg[3]);
            out[2] += wr * deltaWeight * slope;
            out[3] += wr * avg[4];
            out[4] += -wr * beta * ref.meanMills[i] / ref.s1 * avg[1];
            out[5] += wr * beta * own.mills[j] / ref.s1 * avg[1];
        }
        return out;
    }
}
