/**
 * What the commands ask for, as typed values: each value is checked once, in its record's
 * constructor; a value outside its {@link vcl.experiments.spec.Range} is a
 * {@link vcl.experiments.spec.UserInputException} (exit code 2) worded in one place.
 */
package vcl.experiments.spec;
