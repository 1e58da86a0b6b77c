/**
 * One-step replica-symmetry breaking of task 1 (docs/theory-beyond.md section 6):
 * {@code RsbState}, a 1RSB point in the conventions of {@link vcl.theory.stability.OneStepRsb}.
 */
package vcl.theory.rsb;
