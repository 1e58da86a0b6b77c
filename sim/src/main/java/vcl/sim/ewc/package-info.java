/**
 * Elastic weight consolidation (Kirkpatrick et al., PNAS 2017) on a real-valued MLP: the
 * non-binary reference method of the deep continual-learning harness. The network has the widths
 * of {@link vcl.sim.mlp.MlpShape}, no biases (as the variational binary network), ReLU hidden
 * layers and a softmax output; it is trained by Adam on the mean cross-entropy plus the quadratic
 * penalty (λ/2)·Σ_i F_i (θ_i − θ*_i)² of a diagonal empirical Fisher F. Products run in OpenBLAS
 * ({@link vcl.sim.linalg.Sgemm}) in pieces fixed independently of the thread count, so every number
 * is the same for any number of threads.
 */
package vcl.sim.ewc;
