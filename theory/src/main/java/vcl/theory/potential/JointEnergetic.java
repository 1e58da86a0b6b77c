package vcl.theory.potential;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussHermite;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.numerics.QuadratureRule;
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

    /** A Gaussian spread below this fraction of the edge width of log K over the whole range: Gauss-Hermite. */
    private static final double NARROW = 0.05;
    private static final QuadratureRule HERMITE = GaussHermite.rule(10);

    private final double beta;
    private final ReferenceFields reference;
    private final QuadratureSettings settings;
    private final boolean parallel;

    JointEnergetic(double beta, ReferenceFields reference, QuadratureSettings settings, boolean parallel) {
        this.beta = beta;
        this.reference = reference;
        this.settings = settings;
        this.parallel = parallel;
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
        for (int i = 0; i < ref.z.length; i++) {
            TiltedRule own = ref.own[i];
            for (int j = 0; j < own.size(); j++) {
                double m = a * ref.z[i] + b * own.x[j];
                minM = Math.min(minM, m);
                maxM = Math.max(maxM, m);
            }
        }
        double reach = sigmaH * zMax + Math.abs(rho) * Math.abs(ref.kappa) * zMax / ref.sigmaT;
        ChannelTable table = ChannelTable.of(beta, op.q(), op.qStar(), minM - reach, maxM + reach, settings);
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

    /** The contributions of one z node: {G, ∂q, ∂r, ∂q*, ∂p, ∂d}, weight included. */
    private double[] atZ(int i, ChannelTable table, double a, double b, double rho, double tau, double sigmaH,
            double edge) {
        ReferenceFields ref = reference;
        double z = ref.z[i];
        double wz = 2 * ref.zWeight[i];
        TiltedRule own = ref.own[i];
        double kz = ref.kappa * z;
        double t0 = -kz / ref.sigmaT;
        double deltaWeight = GaussianTail.density(t0) / ref.sigmaT;
        double[] f = new double[ChannelTable.FUNCTIONS];
        double[] avg = new double[ChannelTable.FUNCTIONS];
        double[] out = new double[6];
        // the edge of log K invisible over the whole g range: one rule and teacher weights for every x1
        boolean shared = sigmaH >= 1e-13 && sigmaH * settings.zMax() < NARROW * edge;
        QuadratureRule sharedRule = null;
        double[] sharedTeacher = null;
        if (shared) {
            sharedRule = rho != 0 ? GaussianPanels.graded(-kz * sigmaH / (ref.sigmaT * rho), tau / Math.abs(rho), settings)
                    : HERMITE;
            sharedTeacher = new double[sharedRule.size()];
            for (int k = 0; k < sharedRule.size(); k++) {
                sharedTeacher[k] = sharedRule.weight(k) * teacher(kz, sigmaH, rho, tau, sharedRule.node(k));
            }
        }
        for (int j = 0; j < own.size(); j++) {
            double m = a * z + b * own.x[j];
            java.util.Arrays.fill(avg, 0);
            if (sigmaH < 1e-13) {
                table.at(m, f);
                double teacher = GaussianTail.value(t0);
                for (int k = 0; k < avg.length; k++) {
                    avg[k] = teacher * f[k];
                }
            } else if (shared) {
                for (int k = 0; k < sharedRule.size(); k++) {
                    if (sharedTeacher[k] == 0) {
                        continue;
                    }
                    table.at(m + sigmaH * sharedRule.node(k), f);
                    for (int l = 0; l < avg.length; l++) {
                        avg[l] += sharedTeacher[k] * f[l];
                    }
                }
            } else {
                QuadratureRule g = rho != 0
                        ? GaussianPanels.twoCentres(-kz * sigmaH / (ref.sigmaT * rho), tau / Math.abs(rho),
                                -m / sigmaH, edge / sigmaH, settings)
                        : GaussianPanels.graded(-m / sigmaH, edge / sigmaH, settings);
                for (int k = 0; k < g.size(); k++) {
                    double gk = g.node(k);
                    double teacher = teacher(kz, sigmaH, rho, tau, gk);
                    if (teacher == 0) {
                        continue;
                    }
                    table.at(m + sigmaH * gk, f);
                    double w = g.weight(k) * teacher;
                    for (int l = 0; l < avg.length; l++) {
                        avg[l] += w * f[l];
                    }
                }
            }
            double slope = deltaSlope(table, m + rho * t0, tau, edge, f);
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

    /** The teacher's probability of a positive label given z and g. */
    private double teacher(double kz, double sigmaH, double rho, double tau, double g) {
        double num = kz * sigmaH + reference.sigmaT * rho * g;
        return tau > 0 ? GaussianTail.value(-num / (reference.sigmaT * tau)) : (num > 0 ? 1 : 0);
    }

    /** {@code E_η[L'(center + τη)]}, the slope of log K averaged over the constrained field's own part. */
    private double deltaSlope(ChannelTable table, double center, double tau, double edge, double[] f) {
        if (tau < 1e-13) {
            table.at(center, f);
            return f[1];
        }
        QuadratureRule eta = tau * settings.zMax() < NARROW * edge ? HERMITE
                : GaussianPanels.graded(-center / tau, edge / tau, settings);
        double sum = 0;
        for (int k = 0; k < eta.size(); k++) {
            table.at(center + tau * eta.node(k), f);
            sum += eta.weight(k) * f[1];
        }
        return sum;
    }
}
