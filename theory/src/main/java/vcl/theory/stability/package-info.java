/**
 * Stability of the replica-symmetric saddle point (de Almeida–Thouless): the replicon eigenvalue
 * {@code λ_R = 1 − α·E_out·E_in} of task 1 ({@link vcl.theory.stability.Replicon}), the product of a
 * channel factor ({@link vcl.theory.stability.ChannelCurvature}) and a site factor (the Gaussian
 * average of the squared single-site variance); the AT point of the poor branch
 * ({@link vcl.theory.stability.AtLine}); task 2's replicon around its quenched task-1 reference
 * ({@link vcl.theory.stability.Task2Replicon}); and, as an independent check, the one-step RSB free
 * entropy and its curvature in the breaking direction ({@link vcl.theory.stability.OneStepRsb},
 * {@link vcl.theory.stability.RsbCurvature}). Derivation: docs/theory-beyond.md.
 */
package vcl.theory.stability;
