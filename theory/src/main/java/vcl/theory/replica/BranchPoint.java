package vcl.theory.replica;

/**
 * A solved saddle point of some model as a {@link LoadContinuation} sees it: its load (α of task 1,
 * α2 of task 2), the shared {@link SaddleSolution} and a branch label. The shared quantities are
 * read through it here, so every model's solution offers them under the same names.
 *
 * @param <S> the solution type itself
 */
public interface BranchPoint<S extends BranchPoint<S>> {

    /** The load the point was solved at. */
    double load();

    /** The model-independent part of the solution. */
    SaddleSolution saddle();

    Branch branch();

    /** The same solution with another branch label. */
    S withBranch(Branch b);

    default OrderParameters orderParameters() {
        return saddle().orderParameters();
    }

    default Conjugates conjugates() {
        return saddle().conjugates();
    }

    /** The free entropy per weight; of two coexisting solutions the larger is the stable one. */
    default double phi() {
        return saddle().phi();
    }

    default int iterations() {
        return saddle().iterations();
    }

    /** Sup-norm of {@code T(x) − x} at the returned point. */
    default double residual() {
        return saddle().residual();
    }

    default boolean converged() {
        return saddle().converged();
    }

    default double q() {
        return orderParameters().q();
    }

    default double r() {
        return orderParameters().r();
    }

    default double qStar() {
        return orderParameters().qStar();
    }
}
