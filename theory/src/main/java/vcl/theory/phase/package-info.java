/**
 * The (α, β) phase diagram of task 1: Newton's method on the saddle-point equations with either the
 * load α or the teacher overlap r held fixed ({@link vcl.theory.phase.NewtonSaddle}), the whole
 * S-shaped curve α(r) of a temperature including its unstable middle part
 * ({@link vcl.theory.phase.OverlapCurve}), the spinodals (its extrema), the first-order line
 * (equal free entropies) and the critical point where the spinodals merge
 * ({@link vcl.theory.phase.PhaseDiagram}).
 */
package vcl.theory.phase;
