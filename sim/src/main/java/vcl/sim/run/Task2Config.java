package vcl.sim.run;

import vcl.sim.data.Patterns;

/**
 * One task-2 simulation: after task 1, the student learns α2·N examples of a second teacher of
 * overlap r0 with the first, starting from the task-1 fields, with γ·KL(Q_h ‖ Q_{h1}) as prior.
 *
 * @param task1    the first task (N, β_f, test size are shared)
 * @param alpha2   load of task 2, > 0
 * @param r0       teacher overlap parameter in [-1, 1]
 * @param gamma    KL strength γ ≥ 0 (its gradient is weighted by batch/P2 in each mini-batch)
 * @param training optimizer and schedule of task 2
 */
public record Task2Config(Task1Config task1, double alpha2, double r0, double gamma, SgdConfig training) {

    public Task2Config {
        if (task1 == null || training == null) {
            throw new IllegalArgumentException("task-1 and task-2 training configurations are required");
        }
        if (!(alpha2 > 0) || Double.isInfinite(alpha2)) {
            throw new IllegalArgumentException("alpha2 must be > 0, got " + alpha2);
        }
        if (!(r0 >= -1 && r0 <= 1)) {
            throw new IllegalArgumentException("r0 must lie in [-1, 1], got " + r0);
        }
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be >= 0, got " + gamma);
        }
        Patterns.countForLoad(alpha2, task1.n());
    }

    /** Number of task-2 examples round(α2 N). */
    public int examples() {
        return Patterns.countForLoad(alpha2, task1.n());
    }
}
