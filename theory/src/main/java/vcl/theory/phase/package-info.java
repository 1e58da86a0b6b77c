/**
 * The (α, β) phase diagram of task 1: Newton's method on the saddle-point equations with the load
 * α, the teacher overlap r or a hyperplane across the solution curve held fixed
 * ({@link vcl.theory.phase.NewtonSaddle}), solution curves traced through their folds including the
 * unstable middle part of an S ({@link vcl.theory.phase.SolutionCurve}), the spinodals, the
 * first-order line (equal free entropies), the poor branch's end where it runs into q* → 1 (the limit of its
 * load, {@code BoundaryLimit}) and the critical point where the spinodals merge
 * ({@link vcl.theory.phase.PhaseDiagram}; the good branch at large β by the fixed-point iteration
 * where Newton cannot follow it, its spinodal re-located by {@code GoodSpinodal}: Newton in gap
 * coordinates, {@code GapNewton}, on an entropic side resolved at the site measure's crossovers,
 * {@code ResolvedEntropicTerm}), first-order transitions located wherever the selected branch of a
 * sweep changes ({@link vcl.theory.phase.BranchChanges}), and a sweep's two branches completed
 * around its transition for drawing ({@link vcl.theory.phase.TransitionBranches}).
 */
package vcl.theory.phase;
