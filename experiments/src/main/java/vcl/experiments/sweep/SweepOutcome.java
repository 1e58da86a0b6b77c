package vcl.experiments.sweep;

import java.nio.file.Path;

/**
 * What a sweep run did.
 *
 * @param points       the points of this run's part (all of them, or its shard's)
 * @param computed     the points computed by this run (the others were done before)
 * @param csv          the CSV written: the full one, or the shard's rows
 * @param notConverged rows of the CSV with {@code converged=false} (solvers) or {@code status=diverged} (cl run)
 */
public record SweepOutcome(long points, long computed, Path csv, long notConverged) {
}
