package vcl.experiments.simulate;

import vcl.experiments.spec.RunSettings;
import vcl.experiments.spec.Task2SimulateSpec;
import vcl.sim.run.Task2Config;

/**
 * {@code vcl simulate task2} as typed values.
 *
 * @param grid     α1, the task-2 loads and overlaps, γ and the number of seeds
 * @param template one run (task 1 with its training, task 2's training); its α2 and r0 are
 *                 replaced by each of the grid's, its α1 and γ are the grid's
 * @param run      master seed and worker threads
 * @param choices  the training options as given, and whether only the last rows are kept
 */
public record Task2SimulateRequest(Task2SimulateSpec grid, Task2Config template, RunSettings run,
                                   TrainingChoices choices) {

    public Task2SimulateRequest {
        if (grid == null || template == null || run == null || choices == null) {
            throw new IllegalArgumentException("a task-2 simulation needs its grid, run, settings and choices");
        }
        if (template.task1().alpha() != grid.alpha1() || template.gamma() != grid.gamma()) {
            throw new IllegalArgumentException("the run's alpha1 and gamma must be the grid's");
        }
        for (double a : grid.alpha2()) {
            for (double r : grid.r0()) {
                // every run of the grid passes the run's own checks before any starts
                new Task2Config(template.task1(), a, r, template.gamma(), template.training());
            }
        }
    }
}
