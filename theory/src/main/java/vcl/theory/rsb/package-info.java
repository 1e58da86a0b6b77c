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
 *       in x).</li>
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
 * Check {@code converged()} before using a solution. One fixed-x solve from a nearby state takes a
 * fraction of a second; x* a few seconds.
 */
package vcl.theory.rsb;
