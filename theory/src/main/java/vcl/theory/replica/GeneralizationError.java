package vcl.theory.replica;

/**
 * The generalization error of a binary perceptron whose clipped student has overlap p with the
 * teacher: {@code ε = arccos(p)/π}, the probability that student and teacher disagree on a random
 * Gaussian input. p is clipped into [−1, 1] first (a quadrature may overshoot ±1 by rounding), so
 * {@code value(1) = 0}, {@code value(0) = 1/2}, {@code value(−1) = 1}.
 */
public final class GeneralizationError {

    private GeneralizationError() {
    }

    /** {@code arccos(p)/π} with p clipped into [−1, 1]. */
    public static double value(double p) {
        return Math.acos(Math.max(-1, Math.min(1, p))) / Math.PI;
    }
}
