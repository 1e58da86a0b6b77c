package vcl.sim.perceptron;

/**
 * A linear ramp of the self overlap q* used by "slow" SGD (figure 2d): after each step at training
 * time t (in epochs, fractional within an epoch) the fields are projected onto
 * {@code q*(t) = start + (end − start) · min(1, t / duration)}.
 *
 * @param start q* at t = 0, in (0, 1]
 * @param end   q* reached at t = duration, in (0, 1]
 * @param duration epochs of the ramp, > 0
 */
public record SelfOverlapSchedule(double start, double end, double duration) {

    public SelfOverlapSchedule {
        if (!(start > 0 && start <= 1) || !(end > 0 && end <= 1)) {
            throw new IllegalArgumentException("q* schedule values must lie in (0, 1], got " + start + " and " + end);
        }
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("q* schedule duration must be > 0 epochs, got " + duration);
        }
    }

    /** The target q* at training time t (epochs). */
    public double target(double t) {
        return start + (end - start) * Math.min(1, Math.max(0, t) / duration);
    }
}
