package vcl.theory.potential;

import java.util.stream.IntStream;
import vcl.theory.numerics.GaussianTail;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.QuadratureSettings;

/**
 * The joint energetic term around a one-step reference (docs/theory-potential.md section 10): the
 * teacher field v, the reference's fields {@code λ^a = u0 + u1_B + c1 x_a} and the constrained
 * replicas' common field h, with h correlated with u0 (p0), with the block field u1 of replica 1's
 * block (p1 − p0), with replica 1's own part c1 x1 (d − p1) and with v (r):
 * <pre>
 *   G_E = 2 E[ Θ(v) W(z0, z1) R(y, λ1) L(h) ],   W = K1(y)^x / ∫Dz1 K1^x,   R = H(−λ1/s1)^β / K1(y),
 * </pre>
 * {@code y = u0 + u1}, L = log K of the constrained replica. Derivatives by the Gaussian covariance
 * identities, with {@code ∂_{c1x1} log(WR) = βM1/s1}, {@code ∂_{u1} log(WR) = (x − 1)β⟨M⟩1/s1 + βM1/s1}
 * and {@code ∂_{u0} log(WR) = ∂_{u1} log(WR) − xβĒ/s1}:
 * <pre>
 *   ∂G/∂d = 2E[ΘWR (βM1/s1) L'],   P1 = 2E[ΘWR (β⟨M⟩1/s1) L'],   P0 = 2E[ΘWR (βĒ/s1) L'],
 *   ∂G/∂p1 = (x − 1) P1,           ∂G/∂p0 = −x P0,
 * </pre>
 * and ∂r, ∂q, ∂q* as in the replica-symmetric term ({@link JointEnergetic}). Coordinates:
 * {@code h = A z0 + B1 z1 + B x1 + ρ t + τ η}, A = p0/√q0, B1 = (p1 − p0)/√(q1 − q0),
 * B = (d − p1)/c1, ρ = (r − Aκ)/σ_t, τ² = q − A² − B1² − B² − ρ² ≥ 0. Immutable.
 */
public final class RsbJointEnergetic {

    private final double beta;
    private final RsbReferenceFields reference;
    private final QuadratureSettings settings;
    private final boolean parallel;
    private final ConstrainedFieldAverage field;

    RsbJointEnergetic(double beta, RsbReferenceFields reference, QuadratureSettings settings, boolean parallel) {
        this.beta = beta;
        this.reference = reference;
        this.settings = settings;
        this.parallel = parallel;
        this.field = new ConstrainedFieldAverage(reference.sigmaT, settings);
    }

    /** The coordinates at op: {A, B1, B, ρ, τ, σ_h}; throws if the joint covariance is not positive semidefinite. */
    double[] coordinates(RsbCoupledOrder op) {
        RsbReferenceFields ref = reference;
        double a = op.p0() / Math.sqrt(ref.q0);
        double b1;
        if (ref.spread > 0) {
            b1 = (op.p1() - op.p0()) / ref.spread;
        } else if (Math.abs(op.p1() - op.p0()) <= 1e-14) {
            b1 = 0;
        } else {
            throw new NumericalLimitException("p1 != p0 around a reference without block spread: " + op);
        }
        double b = (op.d() - op.p1()) / ref.c1;
        double rho = (op.r() - a * ref.kappa) / ref.sigmaT;
        double tau2 = op.q() - a * a - b1 * b1 - b * b - rho * rho;
        if (!(tau2 >= -1e-12 * op.q())) {
            throw new NumericalLimitException("joint field covariance not positive semidefinite at " + op
                    + " (tau^2 = " + tau2 + ")");
        }
        double tau = Math.sqrt(Math.max(0, tau2));
        return new double[] {a, b1, b, rho, tau, Math.hypot(rho, tau)};
    }

    /** G_E and its derivatives at op. */
    public RsbJointDerivatives evaluate(RsbCoupledOrder op) {
        double[] co = coordinates(op);
        RsbReferenceFields ref = reference;
        double s = Math.sqrt(1 - op.qStar());
        double minM = Double.POSITIVE_INFINITY;
        double maxM = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ref.z.length; i++) {
            for (int k = 0; k < ref.block[i].size(); k++) {
                TiltedRule own = ref.own[i][k];
                double base = co[0] * ref.z[i] + co[1] * ref.block[i].z[k];
                for (int j = 0; j < own.size(); j++) {
                    double m = base + co[2] * own.x[j];
                    minM = Math.min(minM, m);
                    maxM = Math.max(maxM, m);
                }
            }
        }
        double zMax = settings.zMax();
        double reach = co[5] * zMax + Math.abs(co[3]) * Math.abs(ref.kappa) * zMax / ref.sigmaT;
        ChannelTable table = ChannelTable.of(beta, op.q(), op.qStar(), minM - reach, maxM + reach, settings);
        double edge = s / Math.sqrt(beta);
        int n = ref.z.length;
        double[][] slots = new double[n][];
        IntStream range = IntStream.range(0, n);
        (parallel ? range.parallel() : range).forEach(i -> slots[i] = atZ(i, table, co, edge));
        double[] t = new double[7];
        for (double[] slot : slots) {
            for (int k = 0; k < t.length; k++) {
                t[k] += slot[k];
            }
        }
        return new RsbJointDerivatives(t[0], t[1], t[2], t[3], t[4], t[5], t[6], ref.x);
    }

    /** The contributions of one z0 node: {G, ∂q, ∂r, ∂q*, P1, P0, ∂d}, weight included. */
    private double[] atZ(int i, ChannelTable table, double[] co, double edge) {
        RsbReferenceFields ref = reference;
        double a = co[0];
        double b1 = co[1];
        double b = co[2];
        double rho = co[3];
        double tau = co[4];
        double sigmaH = co[5];
        double z = ref.z[i];
        double wz = 2 * ref.zWeight[i];
        double kz = ref.kappa * z;
        double t0 = -kz / ref.sigmaT;
        double deltaWeight = GaussianTail.density(t0) / ref.sigmaT;
        double[] f = new double[ChannelTable.FUNCTIONS];
        double[] avg = new double[ChannelTable.FUNCTIONS];
        double[] out = new double[7];
        ConstrainedFieldAverage.Shared shared = field.shared(kz, sigmaH, rho, tau, edge);
        BlockRule block = ref.block[i];
        double slope0 = beta * ref.blockMills[i] / ref.s1;
        for (int k = 0; k < block.size(); k++) {
            TiltedRule own = ref.own[i][k];
            double base = a * z + b1 * block.z[k];
            double wb = wz * block.weight[k];
            double slope1 = beta * ref.meanMills[i][k] / ref.s1;
            for (int j = 0; j < own.size(); j++) {
                double m = base + b * own.x[j];
                field.average(table, m, kz, sigmaH, rho, tau, edge, shared, f, avg);
                double slope = field.deltaSlope(table, m + rho * t0, tau, edge, f);
                double wr = wb * own.weight[j];
                out[0] += wr * avg[0];
                out[1] += wr * (0.5 * avg[2] + avg[3]);
                out[2] += wr * deltaWeight * slope;
                out[3] += wr * avg[4];
                out[4] += wr * slope1 * avg[1];
                out[5] += wr * slope0 * avg[1];
                out[6] += wr * beta * own.mills[j] / ref.s1 * avg[1];
            }
        }
        return out;
    }
}
