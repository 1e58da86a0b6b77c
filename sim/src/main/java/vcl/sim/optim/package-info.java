/**
 * Update rules of the fields behind one interface: {@link vcl.sim.optim.Sgd},
 * {@link vcl.sim.optim.Momentum} ({@code v ← μv + lr·g; h ← h − v}, the paper's), and
 * {@link vcl.sim.optim.Adam} with bias correction; weight decay as an L2 term or decoupled.
 * Each rule has a nested spec record ({@link vcl.sim.optim.OptimizerSpec}) and one line in the
 * registry {@link vcl.sim.optim.OptimizerKind}, which is where a command line takes its names from.
 */
package vcl.sim.optim;
