/**
 * The field-space student (docs/theory.md, section 2): fields h, means {@code m = tanh(β_f h)},
 * variances {@code σ = 1 − m²}; the Gaussian-field loss {@code −Σ log H(−y μ/√S)} with its exact
 * gradient (inverse Mills ratio, stable for every margin); prior terms (KL to previous fields,
 * entropy prior) as separate {@link vcl.sim.perceptron.GradientTerm}s; and the projection that
 * holds the self overlap q* on a schedule.
 */
package vcl.sim.perceptron;
