/**
 * Stability of the replica-symmetric saddle point (de Almeida–Thouless): the replicon eigenvalue
 * {@code λ_R = 1 − α·E_out·E_in} of task 1 ({@link vcl.theory.stability.Replicon}), the product of a
 * channel factor ({@link vcl.theory.stability.ChannelCurvature}) and a site factor (the Gaussian
 * average of the squared single-site variance). Derivation: docs/theory-beyond.md.
 */
package vcl.theory.stability;
