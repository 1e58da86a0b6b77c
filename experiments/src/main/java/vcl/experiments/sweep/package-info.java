/**
 * Parameter sweeps ({@code vcl sweep}, docs/sweeps.md): a sweep file in YAML or TOML names a command
 * and its parameters ({@link vcl.experiments.sweep.SweepSpec}); the Cartesian product of the values
 * is a {@link vcl.experiments.sweep.SweepGrid} cut into {@link vcl.experiments.sweep.SweepTask}s (a
 * continuation line along the load for the solvers, one point otherwise), computed by the same
 * entry points the commands call ({@link vcl.experiments.sweep.SweptCommand}), each task's rows
 * written atomically under the output folder ({@link vcl.experiments.sweep.SweepDirectory}; a
 * {@code cl run} point also keeps its resumable run folder there, under {@code points/}), so a
 * killed sweep resumes, a shard ({@link vcl.experiments.sweep.Shard}) computes a fixed part, and
 * {@link vcl.experiments.sweep.SweepMerge} joins the parts into one CSV.
 */
package vcl.experiments.sweep;
