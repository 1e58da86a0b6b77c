package vcl.theory.franzparisi;

import java.util.ArrayList;
import java.util.List;
import vcl.theory.numerics.LogCosh;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.numerics.QuadratureRule;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;

/**
 * The density of a task-1 mean at a site (theory.md section 4), teacher-1 gauge {@code +1}:
 * <pre>  ρ(m1) = E_z[ exp(g(m1, z)) / Z1(z) ],  g = a1 m1² + b1(z) m1 + prior(m1),
 *   a1 = q̂1* − q̂1/2,  b1 = √q̂1 z + r̂1,  </pre>
 * the marginal of one site of a task-1 Gibbs sample. Its moments are the task-1 order parameters:
 * {@code ∫ρ m1 = E_z⟨m⟩ = r1}, {@code ∫ρ m1² = E_z⟨m²⟩ = q1*}, {@code ∫ρ sign m1 = E_z⟨sign m⟩ = p1}
 * (but {@code q1 = E_z⟨m⟩²} is not a moment of ρ).
 *
 * <p>Representation. Large conjugates push the mass into boundary layers of width {@code ~1/b1}
 * at {@code m1 = ±1}; in the variable {@code u = atanh m1} these become smooth bumps of width O(1)
 * with tails {@code ∝ e^{−2|u|}}: {@code ρ̃(u) = ρ(tanh u)·sech²u}, the log-density gaining
 * {@code −2 log cosh u}. The z average uses the task-1 rule ({@link EntropicTerm#zRule}), so the
 * moment identities hold to the trapezoid error. The trapezoid rule on {@code u = j·h} converges
 * geometrically for this analytic, exponentially decaying density; h is halved from 1/8 until the
 * mass and the first two moments change by less than {@link #TOLERANCE}; the base step is the
 * coarser of the last two (its error is about that change, the finer one's far smaller), and the
 * density is tabulated {@code 2^FINER} times finer for the convolutions of the task-2 measure.
 * At very large conjugates the rounding noise of ρ̃ itself exceeds that tolerance; the halving
 * then stops where the change falls below the noise ({@link #noiseLimitedStep}).
 * The support is cut where ρ̃ falls below {@code 1e-18} of its maximum (tails beyond: below
 * {@code 1e-18}). The table is normalised to 1 (before normalisation the mass is 1 to about 1e-14).
 * {@code 1 ± m1} are computed as {@code 2/(1 + e^{∓2u})}, exact even where {@code m1} rounds to ±1.
 * Immutable and thread-safe.
 */
public final class ReferenceDensity {

    /** Convergence tolerance of the trapezoid halving (mass and first two moments). */
    public static final double TOLERANCE = 1e-14;
    /** The fine table is {@code 2^FINER} times finer than the base step. */
    public static final int FINER = 4;
    private static final double CUT = 1e-18;
    private static final int MAX_LEVEL = 10;

    private final ZAverage zAverage;
    private final double hBase;
    private final double hFine;
    private final int jLo;
    private final double[] fine;
    private final double meanSign;
    private final double mean;
    private final double secondMoment;
    private final double meanLogCosh;
    private final int modeIndex;
    private final double norm;

    /** The reference of a solved task-1 point (its conjugates and its prior). */
    public static ReferenceDensity of(Task1Solution solution, SingleSiteMeasure prior, QuadratureSettings settings) {
        return new ReferenceDensity(solution.conjugates(), prior, settings);
    }

    /**
     * @param c1 the task-1 conjugates (q̂1, r̂1, q̂1*)
     * @param prior the task-1 prior (any {@link SingleSiteMeasure})
     */
    public ReferenceDensity(Conjugates c1, SingleSiteMeasure prior, QuadratureSettings settings) {
        QuadratureRule z = EntropicTerm.zRule(c1, settings);
        ZAverage raw = new ZAverage(c1, prior, z);
        this.meanSign = raw.meanSign();
        double[] range = support(raw);
        double h = 0.125;
        double[] prev = null;
        int level = 3;
        List<double[]> levels = new ArrayList<>();
        while (true) {
            double[] s = sums(raw, range, h);
            levels.add(s);
            if (prev != null && Math.abs(s[0] - prev[0]) < TOLERANCE && Math.abs(s[1] - prev[1]) < TOLERANCE
                    && Math.abs(s[2] - prev[2]) < TOLERANCE) {
                break;
            }
            if (level >= MAX_LEVEL) {
                h = noiseLimitedStep(levels, raw.exponentScale());
                break;
            }
            prev = s;
            h *= 0.5;
            level++;
        }
        // the error at h is far below the change from 2h to h, so 2h already meets the tolerance
        this.hBase = 2 * h;
        this.zAverage = raw.normalisedOn(range[0], range[1], h);
        this.hFine = hBase / (1 << FINER);
        this.jLo = (int) Math.floor(range[0] / hFine);
        int jHi = (int) Math.ceil(range[1] / hFine);
        this.fine = new double[jHi - jLo + 1];
        double norm = 0;
        for (int j = 0; j < fine.length; j++) {
            fine[j] = zAverage.density((jLo + j) * hFine);
            norm += fine[j];
        }
        norm *= hFine;
        this.norm = norm;
        double m1 = 0;
        double m2 = 0;
        double lc = 0;
        int mode = 0;
        for (int j = 0; j < fine.length; j++) {
            fine[j] /= norm;
            double u = (jLo + j) * hFine;
            double t = Math.tanh(u);
            m1 += fine[j] * t;
            m2 += fine[j] * t * t;
            lc += fine[j] * LogCosh.value(u);
            if (fine[j] > fine[mode]) {
                mode = j;
            }
        }
        this.mean = m1 * hFine;
        this.secondMoment = m2 * hFine;
        this.meanLogCosh = lc * hFine;
        this.modeIndex = mode;
    }

    /**
     * The step where the trapezoid sums stopped changing above the rounding noise of the density,
     * for large conjugates where that noise exceeds {@link #TOLERANCE}: every value of ρ̃ is
     * {@code exp} of a sum of terms as large as {@code scale} (the exponent's largest term) that
     * cancel, so it carries a relative error of about {@code ulp(1)·scale}, and the sums change by
     * that much from one halving to the next however fine the step. The first halving whose change
     * is below {@code max(TOLERANCE, ulp(1)·scale)} is taken, as in the strict loop.
     *
     * @param levels the sums at h = 1/8, 1/16, …
     * @throws NumericalLimitException if even that tolerance is never met
     */
    private static double noiseLimitedStep(List<double[]> levels, double scale) {
        double tolerance = Math.max(TOLERANCE, Math.ulp(1.0) * scale);
        double h = 0.125;
        double worst = Double.POSITIVE_INFINITY;
        for (int k = 1; k < levels.size(); k++) {
            h *= 0.5;
            double[] s = levels.get(k);
            double[] p = levels.get(k - 1);
            double change = Math.max(Math.abs(s[0] - p[0]), Math.max(Math.abs(s[1] - p[1]), Math.abs(s[2] - p[2])));
            if (change < tolerance) {
                return h;
            }
            worst = Math.min(worst, change);
        }
        throw new NumericalLimitException("reference density: trapezoid rule not converged at h = " + h
                + " (smallest change " + worst + ", rounding noise " + tolerance + ")");
    }

    /** Where ρ̃ exceeds {@link #CUT} of its maximum, scanned in steps of 1/4 on [−40, 40], with a margin of 1/2. */
    private static double[] support(ZAverage zAverage) {
        int n = 321;
        double[] v = new double[n];
        double max = 0;
        for (int i = 0; i < n; i++) {
            v[i] = zAverage.density(-40 + 0.25 * i);
            max = Math.max(max, v[i]);
        }
        int lo = 0;
        while (v[lo] < CUT * max) {
            lo++;
        }
        int hi = n - 1;
        while (v[hi] < CUT * max) {
            hi--;
        }
        return new double[] {-40 + 0.25 * lo - 0.5, -40 + 0.25 * hi + 0.5};
    }

    /** Trapezoid sums h·Σ ρ̃ {1, tanh u, tanh² u} on the grid j·h within the range. */
    private static double[] sums(ZAverage zAverage, double[] range, double h) {
        double[] s = new double[3];
        for (long j = (long) Math.ceil(range[0] / h); j * h <= range[1]; j++) {
            double u = j * h;
            double f = zAverage.density(u);
            double t = Math.tanh(u);
            s[0] += f;
            s[1] += f * t;
            s[2] += f * t * t;
        }
        for (int i = 0; i < 3; i++) {
            s[i] *= h;
        }
        return s;
    }

    /** The base step h of the discrete measure (the trapezoid rule converged there). */
    public double step() {
        return hBase;
    }

    /** Step of the fine table ({@code step() / 2^FINER}). */
    public double fineStep() {
        return hFine;
    }

    /** Number of nodes of the discrete measure at the base step. */
    public int size() {
        return (fine.length - 1 - firstBase()) / (1 << FINER) + 1;
    }

    private int firstBase() {
        return Math.floorMod(-jLo, 1 << FINER);
    }

    /** The u = atanh(m1) of node j of the discrete measure. */
    public double u(int j) {
        return (jLo + firstBase() + ((long) j << FINER)) * hFine;
    }

    /** The task-1 mean {@code m1 = tanh u} of node j. */
    public double m1(int j) {
        return Math.tanh(u(j));
    }

    /** {@code 1 + m1} of node j, accurate when m1 is close to −1. */
    public double onePlusM1(int j) {
        return 2 / (1 + Math.exp(-2 * u(j)));
    }

    /** {@code 1 − m1} of node j, accurate when m1 is close to 1. */
    public double oneMinusM1(int j) {
        return 2 / (1 + Math.exp(2 * u(j)));
    }

    /** Weight of node j ({@code h·ρ̃(u_j)}; the weights sum to 1 up to the trapezoid error, ~1e-14). */
    public double weight(int j) {
        return hBase * fine[firstBase() + (j << FINER)];
    }

    /** The density of u = atanh(m1), {@code ρ̃(u) = ρ(tanh u) sech² u}, by the z average at any u. */
    public double densityU(double u) {
        return zAverage.density(u) / norm;
    }

    /** The density of m1 on (−1, 1): {@code ρ(m1) = ρ̃(atanh m1)/(1 − m1²)}. */
    public double density(double m1) {
        if (!(m1 > -1 && m1 < 1)) {
            throw new IllegalArgumentException("m1 must lie in (-1, 1): " + m1);
        }
        double u = 0.5 * Math.log1p(2 * m1 / (1 - m1));
        return densityU(u) / ((1 - m1) * (1 + m1));
    }

    /** {@code ∫ρ m1} (equals the task-1 r). */
    public double mean() {
        return mean;
    }

    /** {@code ∫ρ m1²} (equals the task-1 q*). */
    public double secondMoment() {
        return secondMoment;
    }

    /** {@code ∫ρ sign m1 = E_z⟨sign m⟩} (equals the task-1 p), from the z average of the closed forms. */
    public double meanSign() {
        return meanSign;
    }

    /** {@code ∫ρ log cosh(atanh m1) = −½∫ρ log(1 − m1²)}. */
    public double meanLogCosh() {
        return meanLogCosh;
    }

    /** The u of ρ̃'s largest tabulated value. */
    double modeU() {
        return (jLo + modeIndex) * hFine;
    }

    /** First and last u of the fine table. */
    double lowerU() {
        return jLo * hFine;
    }

    double upperU() {
        return (jLo + fine.length - 1) * hFine;
    }

    /** Index into the fine table of the first node at or above u (may be out of range). */
    int fineIndexAtOrAbove(double u) {
        return (int) Math.ceil(u / hFine) - jLo;
    }

    int fineSize() {
        return fine.length;
    }

    /** Normalised ρ̃ at fine node i. */
    double fineValue(int i) {
        return fine[i];
    }

    /** u at fine node i. */
    double fineU(int i) {
        return (jLo + i) * hFine;
    }

    /** The z average that defines ρ̃ (unnormalised; its mass is 1 up to the quadrature error). */
    ZAverage zAverage() {
        return zAverage;
    }

    /** Mass of the unnormalised z average on the table (1 up to the quadrature error). */
    public double rawMass() {
        return norm;
    }
}
