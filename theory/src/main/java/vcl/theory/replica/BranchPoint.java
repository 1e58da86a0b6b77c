package vcl.theory.replica;

/**
 * A solved saddle point as seen by a {@link LoadContinuation}: its load (α of task 1, α2 of task 2),
 * order parameters, free entropy, convergence and branch label.
 *
 * @param <S> the solution type itself
 */
public interface BranchPoint<S extends BranchPoint<S>> {

    /** The load the point was solved at. */
    double load();

    OrderParameters orderParameters();

    /** The free entropy per weight; of two coexisting solutions the larger is the stable one. */
    double phi();

    boolean converged();

    Branch branch();

    /** The same solution with another branch label. */
    S withBranch(Branch b);
}
