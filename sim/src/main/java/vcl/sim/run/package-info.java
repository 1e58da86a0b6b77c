/**
 * Simulations: task-1 and task-2 runs ({@link vcl.sim.run.Task1Run#run(Task1Config, long)} gives a
 * {@link vcl.sim.run.RunResult} whose {@code finalEpsG()} is the final ε_g), sweeps over loads and
 * seeds executed in parallel with results independent of the thread count (one master seed, child
 * streams of {@code L64_X128_MIX} split per run index, never per thread), and the convergence time
 * T_c of figure 2c.
 *
 * <p>Protocol: summed mini-batch gradients; prior gradients weighted by batch/P; mini-batches in a
 * fixed order unless reshuffling is asked for; observables recorded at epoch 0, every R epochs and at
 * the last epoch: overlaps p with each teacher, {@code ε_g = arccos(p)/π}, test errors on fresh test
 * sets, q*, mean σ, and the training objective per example.
 */
package vcl.sim.run;
