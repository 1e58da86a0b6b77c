/**
 * Gibbs learning of the binary (Ising, w ∈ {±1}) teacher-student perceptron (Györgyi 1990; Engel and
 * Van den Broeck, ch. 7) on the shared replica core: one prior ({@link vcl.theory.gibbs.IsingMeasure},
 * the self overlap pinned at 1) and one energetic channel ({@link vcl.theory.gibbs.GibbsChannel},
 * error counting at inverse temperature β, with the zero-temperature version-space limit exactly).
 * {@link vcl.theory.gibbs.GibbsSolver} is the {@code LoadSolver}; the perfect state q = r = 1 is a
 * closed-form solution at every load. {@link vcl.theory.gibbs.GibbsSweep} gives both branches and the
 * first-order transition, {@link vcl.theory.gibbs.Spinodal} the end of the poor branch (at zero
 * temperature the algorithmic threshold of the Bayes-optimal problem). See docs/theory-gibbs.md.
 */
package vcl.theory.gibbs;
