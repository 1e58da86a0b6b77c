/**
 * Simulations as sequences of tasks. A {@link vcl.sim.run.Learner} (today the field-space
 * perceptron {@link vcl.sim.run.FieldPerceptron}) learns a {@link vcl.sim.run.TaskSequence} of
 * {@link vcl.sim.run.TaskSpec}s, each with its data stream (teacher fresh or correlated with the
 * previous one), its optimizer and schedule ({@link vcl.sim.run.SgdConfig}) and its priors
 * ({@link vcl.sim.run.PriorSpec}); {@link vcl.sim.run.SequenceRun} runs it, task t from its own run
 * seed, through an optional store of finished tasks (a run cache). Every
 * {@link vcl.sim.run.EpochRecord} holds the overlaps and test errors of every task learned so far.
 * Task-1 and task-2 runs and sweeps ({@link vcl.sim.run.Task1Run}, {@link vcl.sim.run.Task1Sweep},
 * {@link vcl.sim.run.Task2Sweep}) are the one- and two-task cases, executed in parallel with
 * results independent of the thread count (one master seed, child streams of {@code L64_X128_MIX}
 * split per run index, never per thread); and the convergence time T_c of figure 2c.
 *
 * <p>Protocol: summed mini-batch gradients; prior gradients weighted by batch/P; mini-batches in a
 * fixed order unless reshuffling is asked for; observables recorded at epoch 0, every R epochs and at
 * the last epoch: overlaps p with each teacher, {@code ε_g = arccos(p)/π}, test errors on fresh test
 * sets, q*, mean σ, and the training objective per example.
 */
package vcl.sim.run;
