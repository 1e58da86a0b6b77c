/** JMH microbenchmarks of the theory's hot kernels (docs/performance.md); not part of the vcl jar. */
package vcl.theory.bench;
