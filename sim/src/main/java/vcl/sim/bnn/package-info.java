/**
 * The binarized neural network of the metaplasticity baseline (Laborieux et al. 2021): binary
 * weights sign(W_h) of real hidden weights, batch normalisation after every product, sign
 * activations with a straight-through gradient, and Adam whose steps towards zero are damped by
 * f_meta = 1 − tanh²(m·|W_h|). Products by OpenBLAS ({@link vcl.sim.linalg.Sgemm}).
 */
package vcl.sim.bnn;
