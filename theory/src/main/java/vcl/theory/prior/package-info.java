/**
 * The priors: single-site measures implementing {@link vcl.theory.replica.SingleSiteMeasure}, and
 * their registry {@link vcl.theory.prior.Priors} (the names {@code --prior} accepts).
 *
 * <p>Adding a prior touches two files: a class implementing {@code SingleSiteMeasure} (moments of
 * {@code exp(a m² + b m + g(m))}, its log-weight {@code g} at {@code m = tanh u} and its name) and
 * one line in {@link vcl.theory.prior.Priors#STANDARD}. Task 1, the task-2 reference density and
 * the command line then take it without further change.
 */
package vcl.theory.prior;
