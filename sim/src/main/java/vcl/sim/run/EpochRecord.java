package vcl.sim.run;

import java.util.Arrays;
import java.util.Objects;

/**
 * Observables of the binary student {@code w = sign(h)} (sign(0) = +1) after an epoch of task
 * {@code task} of a sequence, measured on every task learned so far (tasks are numbered from 1).
 *
 * @param task         the task being trained, 1, 2, …
 * @param epoch        epochs completed in this task (0 = before training it)
 * @param p            {@code p[t−1]} = overlap {@code w·w_t* / N} with the teacher of task t, for t = 1..task
 * @param testError    {@code testError[t−1]} = error on the test set of task t, for t = 1..task
 * @param selfOverlap  q* = Σ m_i²/N
 * @param meanVariance Σ σ_i/N
 * @param loss         training objective of the current task per example: (data loss + prior terms)/P;
 *                     not finite when training diverged ({@link #diverged()})
 */
public record EpochRecord(int task, int epoch, double[] p, double[] testError, double selfOverlap,
                          double meanVariance, double loss) {

    public EpochRecord {
        if (task < 1) {
            throw new IllegalArgumentException("task must be >= 1, got " + task);
        }
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, got " + epoch);
        }
        if (p.length != task || testError.length != task) {
            throw new IllegalArgumentException("a record of task " + task + " holds " + task
                    + " overlaps and test errors, got " + p.length + " and " + testError.length);
        }
        p = p.clone();
        testError = testError.clone();
    }

    /**
     * The record of an epoch in which training diverged (a field or the loss became NaN or infinite):
     * overlaps and test errors are NaN, since the sign of a NaN field means nothing; the loss is
     * kept when it is the non-finite number that showed the divergence, else NaN.
     */
    public static EpochRecord divergedAt(int task, int epoch, double selfOverlap, double meanVariance, double loss) {
        double[] nan = new double[task];
        Arrays.fill(nan, Double.NaN);
        return new EpochRecord(task, epoch, nan, nan, selfOverlap, meanVariance,
                Double.isFinite(loss) ? Double.NaN : loss);
    }

    /** Whether training had diverged at this epoch: its loss is NaN or infinite. */
    public boolean diverged() {
        return !Double.isFinite(loss);
    }

    /** {@code ε_g = arccos(p)/π} for an overlap p (clipped to [-1, 1]; NaN stays NaN). */
    public static double generalizationError(double p) {
        return Math.acos(Math.max(-1, Math.min(1, p))) / Math.PI;
    }

    /** Overlap with the teacher of task t (1-based); NaN for a task not reached yet. */
    public double p(int t) {
        return reached(t) ? p[t - 1] : Double.NaN;
    }

    /** Test error on task t (1-based); NaN for a task not reached yet. */
    public double testError(int t) {
        return reached(t) ? testError[t - 1] : Double.NaN;
    }

    /** Whether task t (≥ 1) has been reached; a task number below 1 is a programming error. */
    private boolean reached(int t) {
        if (t < 1) {
            throw new IllegalArgumentException("tasks are numbered from 1, got " + t);
        }
        return t <= task;
    }

    /** ε_g on the teacher of task t (1-based); NaN for a task not reached yet. */
    public double epsG(int t) {
        double pt = p(t);
        return Double.isNaN(pt) ? Double.NaN : generalizationError(pt);
    }

    /** ε_g on every task so far, indexed by task − 1. */
    public double[] epsG() {
        double[] e = new double[p.length];
        for (int t = 0; t < e.length; t++) {
            e[t] = generalizationError(p[t]);
        }
        return e;
    }

    /** ε_g on the first teacher (shorthand for {@code epsG(1)}). */
    public double epsG1() {
        return epsG(1);
    }

    /** ε_g on the second teacher (shorthand for {@code epsG(2)}; NaN during task 1). */
    public double epsG2() {
        return epsG(2);
    }

    /** Test error on the task being trained. */
    public double currentTestError() {
        return testError(task);
    }

    @Override
    public double[] p() {
        return p.clone();
    }

    @Override
    public double[] testError() {
        return testError.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpochRecord r && task == r.task && epoch == r.epoch && Arrays.equals(p, r.p)
                && Arrays.equals(testError, r.testError) && Double.compare(selfOverlap, r.selfOverlap) == 0
                && Double.compare(meanVariance, r.meanVariance) == 0 && Double.compare(loss, r.loss) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(task, epoch, Arrays.hashCode(p), Arrays.hashCode(testError), selfOverlap, meanVariance,
                loss);
    }

    @Override
    public String toString() {
        return "EpochRecord[task=" + task + ", epoch=" + epoch + ", p=" + Arrays.toString(p) + ", testError="
                + Arrays.toString(testError) + ", selfOverlap=" + selfOverlap + ", meanVariance=" + meanVariance
                + ", loss=" + loss + "]";
    }
}
