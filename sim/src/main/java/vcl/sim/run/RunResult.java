package vcl.sim.run;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of training one task: the recorded trajectory and the final fields.
 *
 * @param trajectory   recorded epochs, in order, never empty (the last one is the final state)
 * @param fields       final fields h
 * @param stoppedEarly true when training stopped at zero test error before the last epoch
 *
 * <p>A run whose training diverged ends at the epoch where a field or the loss became NaN or
 * infinite: its last record is {@link EpochRecord#diverged() diverged} ({@link #diverged()}).
 */
public record RunResult(List<EpochRecord> trajectory, double[] fields, boolean stoppedEarly) {

    public RunResult {
        if (trajectory == null || trajectory.isEmpty()) {
            throw new IllegalArgumentException("a run records at least one epoch");
        }
        trajectory = List.copyOf(trajectory);
        fields = fields.clone();
    }

    /** The last recorded epoch. */
    public EpochRecord last() {
        return trajectory.get(trajectory.size() - 1);
    }

    /** Whether training diverged (the trajectory then ends at the diverged epoch). */
    public boolean diverged() {
        return last().diverged();
    }

    /** Final ε_g on the first teacher. */
    public double finalEpsG() {
        return last().epsG1();
    }

    /** Final fields (a copy). */
    @Override
    public double[] fields() {
        return fields.clone();
    }

    /** Equal trajectories, equal final fields (element by element) and the same early stop. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RunResult r && stoppedEarly == r.stoppedEarly && trajectory.equals(r.trajectory)
                && Arrays.equals(fields, r.fields);
    }

    @Override
    public int hashCode() {
        return trajectory.hashCode() * 31 + Arrays.hashCode(fields) + (stoppedEarly ? 1 : 0);
    }
}
