/**
 * The {@code simulate} computations: task-1 and task-2 field-space runs over a grid of loads,
 * overlaps and seeds, as the rows of the CLI contract with their provenance.
 */
package vcl.experiments.simulate;
