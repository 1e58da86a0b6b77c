/**
 * Dense single-precision linear algebra shared by the deep learners: OpenBLAS matrix products on
 * native memory.
 */
package vcl.sim.linalg;
