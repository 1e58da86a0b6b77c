package vcl.theory.replica;

/**
 * The entropic side of a replica-symmetric saddle point: given the conjugates, the Gaussian (and
 * reference) averages of the single-site measure. Task 1 ({@link EntropicTerm}) and the task-2
 * Franz-Parisi measure implement it; the energetic term, the solver and the continuation are shared.
 */
public interface EntropicSide {

    /** The averages at the given conjugates. */
    EntropicAverages evaluate(Conjugates conjugates);

    /** Short name of the measure for output ({@code flat}, {@code entropy}, …). */
    String name();
}
