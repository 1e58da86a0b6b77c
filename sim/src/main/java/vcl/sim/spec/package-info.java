/**
 * Range checks shared by the simulation specs (optimizers, tasks), with one wording and one
 * exception type that names the parameter, so that a command line can report it as a user error.
 */
package vcl.sim.spec;
