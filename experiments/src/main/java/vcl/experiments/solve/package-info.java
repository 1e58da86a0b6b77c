/**
 * The {@code solve} computations: task-1 and task-2 saddle points over lists of loads, both branches
 * by continuation, as the rows of the CLI contract with their provenance.
 */
package vcl.experiments.solve;
