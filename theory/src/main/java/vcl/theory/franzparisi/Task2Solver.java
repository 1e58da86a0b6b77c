package vcl.theory.franzparisi;

import vcl.theory.prior.Priors;
import vcl.theory.replica.Branch;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EnergeticTerm;
import vcl.theory.replica.EntropicAverages;
import vcl.theory.replica.LoadSolver;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;
import vcl.theory.replica.SaddlePoint;
import vcl.theory.replica.SingleSiteMeasure;
import vcl.theory.task1.Task1Solution;
import vcl.theory.task1.Task1Solver;

/**
 * Task 2 as a thin model on the shared {@link SaddlePoint}: the energetic term of task 1 at load α2
 * (teacher 2) and, as entropic side, the {@link FranzParisiMeasure} around a fixed task-1
 * reference. The reference density is computed once per solver and shared by all (α2, γ, r0).
 * Confined to one thread (the quadratures parallelise inside).
 */
public final class Task2Solver {

    /** Anderson damping of task 2. */
    private static final double MIXING = 0.5;
    private final double alpha1;
    private final ReferenceDensity reference;
    private final QuadratureSettings settings;
    private final SaddlePoint saddlePoint;
    private final boolean parallel;

    public Task2Solver(double alpha1, double beta, ReferenceDensity reference, QuadratureSettings settings,
            double tolerance, int maxIterations, boolean parallel) {
        if (!(alpha1 > 0) || !Double.isFinite(alpha1)) {
            throw new IllegalArgumentException("alpha1 must be a finite number > 0, got " + alpha1);
        }
        this.alpha1 = alpha1;
        this.reference = reference;
        this.settings = settings;
        this.saddlePoint = new SaddlePoint(new EnergeticTerm(beta, settings, parallel), Double.NaN, MIXING, tolerance,
                maxIterations);
        this.parallel = parallel;
    }

    /**
     * A solver around the stable task-1 solution at α1 (flat prior): task 1 is solved from the small-α
     * and the large-α guesses, and the converged solution of larger free entropy is the reference.
     */
    public static Task2Solver around(double alpha1, double beta, QuadratureSettings settings, double tolerance,
            int maxIterations) {
        return around(alpha1, beta, Priors.FLAT.measure(beta), settings, tolerance, maxIterations);
    }

    /**
     * A solver around the stable task-1 solution at α1 learned with the given prior (e.g. the entropy
     * prior): the reference density is that of task 1's single-site measure under this prior.
     */
    public static Task2Solver around(double alpha1, double beta, SingleSiteMeasure prior, QuadratureSettings settings,
            double tolerance, int maxIterations) {
        return new Task2Solver(alpha1, beta, ReferenceDensity.of(task1(alpha1, beta, prior, settings), prior, settings),
                settings, tolerance, maxIterations, true);
    }

    /** The stable task-1 solution at α1 under the prior (the reference of {@link #around}), solved to 1e-12. */
    public static Task1Solution task1(double alpha1, double beta, SingleSiteMeasure prior, QuadratureSettings settings) {
        return new Task1Solver(beta, prior, Double.NaN, settings, 1e-12, 500, true).stable(alpha1);
    }

    public double alpha1() {
        return alpha1;
    }

    public double beta() {
        return saddlePoint.beta();
    }

    public ReferenceDensity reference() {
        return reference;
    }

    /** The task-2 entropic side at (γ, r0). */
    public FranzParisiMeasure measure(double gamma, double r0) {
        return new FranzParisiMeasure(reference, beta(), gamma, r0, settings, parallel);
    }

    /** The replica model at a point (free entropy, stationarity checks). */
    public ReplicaModel model(Task2Point p) {
        return saddlePoint.model(p.alpha2(), measure(p.gamma(), p.r0()));
    }

    public Task2Solution solve(Task2Point p, OrderParameters guess) {
        return solve(p, guess, saddlePoint.maxIterations());
    }

    /** Solves at p from {@code guess} with an iteration cap of its own. */
    public Task2Solution solve(Task2Point p, OrderParameters guess, int iterationCap) {
        return solve(p, guess, iterationCap, 0);
    }

    /**
     * As {@link #solve(Task2Point, OrderParameters, int)}, given up once the smallest residual has
     * not halved for {@code stallWindow} iterations (0: never).
     */
    public Task2Solution solve(Task2Point p, OrderParameters guess, int iterationCap, int stallWindow) {
        return new Task2Solution(alpha1, beta(), p, saddlePoint.solve(model(p), guess, iterationCap, stallWindow),
                Branch.UNIQUE);
    }

    /**
     * A starting point for small α2: the entropic image at vanishing task-2 conjugates (the reference
     * seen through the KL prior alone), kept inside the physical domain; with γ = 0 the flat
     * small-α guess (capped at r = 0.5 √q* like task 1's, where it would leave the domain).
     */
    public OrderParameters smallAlphaGuess(Task2Point p) {
        if (p.gamma() == 0) {
            double r = (0.2 * p.alpha2() + 1e-3) / Math.sqrt(3);
            if (2 * r * r + 1e-4 < 1.0 / 3) {
                return new OrderParameters(2 * r * r + 1e-4, r, 1.0 / 3);
            }
            // beyond α2 ≈ 3.5 that line leaves the physical domain: the task-1 guess's cap r = 0.5 √q*
            double rCap = 0.5 / Math.sqrt(3);
            return new OrderParameters(Math.min(2 * rCap * rCap + 1e-4, 0.5 / 3), rCap, 1.0 / 3);
        }
        EntropicAverages e = measure(p.gamma(), p.r0()).evaluate(new Conjugates(1e-6, 0, 0));
        double q = Math.max(e.q(), e.r() * e.r() + 1e-6);
        double qs = Math.max(e.qStar(), q + 1e-6);
        return new OrderParameters(q, e.r(), Math.min(qs, 1 - 1e-9));
    }

    /**
     * A starting point deep in the good-generalization regime of task 2 (student near teacher 2:
     * {@code q2 = r2 = 0.99 q2*}, {@code q2* = 0.995}), for the downward α2 sweep.
     */
    public OrderParameters largeAlphaGuess() {
        return new OrderParameters(0.99 * 0.995, 0.99 * 0.995, 0.995);
    }

    /** This solver along α2 at a fixed coupling (γ, r0), for {@link vcl.theory.replica.LoadContinuation}. */
    public LoadSolver<Task2Solution> alongAlpha2(Task2Coupling coupling) {
        return new LoadSolver<>() {
            @Override
            public Task2Solution solve(double alpha2, OrderParameters guess) {
                return Task2Solver.this.solve(new Task2Point(alpha2, coupling), guess);
            }

            @Override
            public Task2Solution solve(double alpha2, OrderParameters guess, int iterationCap) {
                return Task2Solver.this.solve(new Task2Point(alpha2, coupling), guess, iterationCap);
            }

            @Override
            public Task2Solution solve(double alpha2, OrderParameters guess, int iterationCap, int stallWindow) {
                return Task2Solver.this.solve(new Task2Point(alpha2, coupling), guess, iterationCap, stallWindow);
            }

            @Override
            public OrderParameters lowLoadGuess(double alpha2) {
                return smallAlphaGuess(new Task2Point(alpha2, coupling));
            }

            @Override
            public OrderParameters highLoadGuess(double alpha2) {
                return largeAlphaGuess();
            }
        };
    }
}
