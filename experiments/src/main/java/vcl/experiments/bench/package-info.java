/**
 * Benchmarks timed end to end: the task-1 and task-2 theory sweeps of figures 2a and 3a-3d and
 * the figure-1a SGD workload (next to the numpy baseline when one is given). The {@code bench}
 * commands build a spec and call one of them.
 */
package vcl.experiments.bench;
