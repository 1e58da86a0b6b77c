/**
 * One-step replica-symmetry breaking of task 1 (docs/theory-beyond.md sections 6 and "1RSB solution"):
 * {@code RsbState}, a 1RSB point in the conventions of {@link vcl.theory.stability.OneStepRsb}, and the
 * 1RSB saddle point itself.
 *
 * <ul>
 *   <li>{@link vcl.theory.rsb.RsbSite} and {@link vcl.theory.rsb.RsbChannel}: the entropic and energetic
 *       1RSB terms at fixed Parisi x with their analytic derivatives ({@link vcl.theory.rsb.SiteImage},
 *       {@link vcl.theory.rsb.ChannelImage});</li>
 *   <li>{@link vcl.theory.rsb.RsbModel}: Φ, the saddle-point map and ∂Φ/∂x at (α, x);</li>
 *   <li>{@link vcl.theory.rsb.RsbSolver}: the saddle point at fixed x (Anderson iteration), from the RS
 *       poor branch with a gap or from a given state; {@link vcl.theory.rsb.RsbSolution} wraps the
 *       {@link vcl.theory.rsb.RsbState} with p, ε_g, ∂Φ/∂x, iterations, residual, converged;</li>
 *   <li>{@link vcl.theory.rsb.StaticParisi}: the static Parisi parameter x* (∂Φ/∂x = 0, a minimum of Φ
 *       in x);</li>
 *   <li>{@link vcl.theory.rsb.RsbBranch}: the 1RSB poor branch along α (at x* or a fixed x), marched from
 *       just above the AT point, and where it ends; {@link vcl.theory.rsb.RsbTransition}: where its Φ meets
 *       the good branch's.</li>
 * </ul>
 *
 * <p>Usage (β = 20, flat prior):
 * <pre>{@code
 *   RsbSolver solver = new RsbSolver(20);                  // or (beta, measure, settings, tol, maxIter)
 *   RsbSolution fixed = solver.solve(1.0, 0.5);            // x = 0.5, from the RS poor branch + a gap
 *   RsbSolution next = solver.solve(1.05, 0.5, fixed.state());        // continuation from a state
 *   RsbSolution stat = new StaticParisi(solver).solve(1.0);           // x = x*
 *   RsbSolution stat2 = new StaticParisi(solver).solve(1.05, stat);   // warm start from a solution
 *   RsbState s = stat.state();   // x, q0, q1, q*, r, q0^, q1^, q*^, r^, phi
 *   boolean rs = stat.gap() < StaticParisi.GAP_MIN;       // below the AT line the gap collapses
 * }</pre>
 * Check {@code converged()} (and {@code gap()}: below the AT line, or where a prior keeps the poor
 * branch RS stable, the solution is replica symmetric) before using a solution. Near the AT line a
 * solve from scratch finds the branch; far above it (α ≳ α_AT + 0.3 at β = 20) other 1RSB solutions
 * exist, and the reliable way there is the march:
 * <pre>{@code
 *   RsbBranch.Trace t = new RsbBranch(solver, Double.NaN).solve(new double[] {1.2, 1.5});  // x*
 *   RsbSolution at15 = t.points().get(1);     // t.complete(): every load reached (else t.endBelow())
 *   RsbSolution near = new StaticParisi(solver).solve(1.51, at15);                 // then warm starts
 *   RsbSolution end = RsbFold.bracket(solver, t.last()).orElseThrow()               // where it ends, if it
 *           .fold(RsbFold.Method.MAXIMUM_LOAD);                                    // did not reach a load
 * }</pre>
 * One fixed-x solve from a nearby state takes 0.1–0.3 s, x* from a nearby solution 0.5–1 s, the march
 * from the AT point to α = 1.5 at β = 20 about a minute. Solvers and branches are confined to one thread
 * (the integrals parallelise inside); the states and solutions are immutable.
 */
package vcl.theory.rsb;
