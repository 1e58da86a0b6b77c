/**
 * The classical Franz-Parisi potential V(d) of task 1 (docs/theory-potential.md): the free entropy
 * of a second system learned on the same data and held at overlap d with a reference drawn from the
 * task-1 equilibrium. {@code Reference} (the task-1 saddle point), the replica-symmetric order
 * parameters ({@code CoupledOrder}, {@code CoupledConjugates}), the joint energetic term of the
 * teacher, the reference and the constrained replica ({@code JointEnergetic}, on the reference's
 * field nodes {@code ReferenceFields} and the constrained replica's tabulated inner average
 * {@code ChannelTable}, both built on {@code TiltedRule}), the site measure coupled to the
 * reference's ({@code CoupledSite} on {@code ReferenceSites}), the free entropy
 * ({@code PotentialModel}) and the solver at fixed d ({@code PotentialSolver},
 * {@code PotentialPoint}). Around a one-step RSB reference ({@link vcl.theory.rsb.RsbState}, section
 * 10 of that page) the reference's block field gets its own level: {@code RsbReferenceFields} and
 * {@code RsbReferenceSites} on {@code BlockRule}s, {@code RsbJointEnergetic},
 * {@code RsbCoupledSite}, {@code RsbPotentialModel} and {@code RsbPotentialSolver}
 * ({@code RsbPotentialPoint}); the constrained system stays replica symmetric.
 */
package vcl.theory.potential;
