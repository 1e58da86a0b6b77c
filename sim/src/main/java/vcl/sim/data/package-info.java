/**
 * Teacher-student data for the binary perceptron (docs/theory.md, section 1): random ±1 teachers,
 * the correlated second teacher of task 2, inputs and labels {@code y = sign(w*·ξ)} with
 * {@code sign(0) = +1}, all bit-packed (64 spins to a long), and mini-batch partitions whose inputs
 * are also kept transposed (8 examples to a byte) for fast gradient sums.
 *
 * <p>A data set of load α has {@code P = round(α N)} examples.
 */
package vcl.sim.data;
