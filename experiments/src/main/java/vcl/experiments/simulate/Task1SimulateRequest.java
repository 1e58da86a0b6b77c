package vcl.experiments.simulate;

import java.util.Objects;
import vcl.experiments.spec.QStarRamp;
import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.Task1SimulateSpec;
import vcl.sim.run.Task1Config;

/**
 * {@code vcl simulate task1} as typed values.
 *
 * @param grid     the loads and the number of seeds
 * @param template one run (learner, training, priors, test size); its load is replaced by each of the grid's
 * @param ramp     the q* ramp as given (the template holds its schedule), or null
 * @param run      master seed and worker threads
 * @param choices  the training options as given, and whether only the last rows are kept
 */
public record Task1SimulateRequest(Task1SimulateSpec grid, Task1Config template, QStarRamp ramp, RunSettings run,
                                   TrainingChoices choices) {

    public Task1SimulateRequest {
        if (grid == null || template == null || run == null || choices == null) {
            throw new IllegalArgumentException("a task-1 simulation needs its grid, run, settings and choices");
        }
        if (!Objects.equals(template.selfOverlap(), QStarRamp.scheduleOf(ramp))) {
            throw new IllegalArgumentException("the run's q* schedule must be the given ramp's");
        }
        for (double a : grid.alpha()) {
            template.withAlpha(a); // every run of the grid passes the run's own checks before any starts
        }
    }
}
