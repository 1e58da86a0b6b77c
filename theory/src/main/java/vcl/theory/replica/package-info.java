/**
 * What every replica-symmetric model shares: order parameters and their conjugates, the
 * single-site measure interface the priors implement ({@link vcl.theory.replica.SingleSiteMeasure}),
 * the energetic channel interface ({@link vcl.theory.replica.EnergeticChannel}) and the binary
 * perceptron's channel, the entropic side, the free entropy and saddle-point map
 * ({@link vcl.theory.replica.ReplicaModel}), the Anderson-accelerated iteration
 * ({@link vcl.theory.replica.SaddlePoint}) and its solution, load continuation with branches and
 * the first-order transition, and the formulas kept in one place (ε = arccos(p)/π, the interior
 * of the physical domain, stable branches).
 *
 * <p>Layering inside theory: {@code numerics} ← {@code replica} ← {@code prior} ← models
 * ({@code task1}, {@code franzparisi}). This package imports only {@code numerics}.
 */
package vcl.theory.replica;
