package vcl.theory.replica;

/**
 * The energetic side of a replica-symmetric saddle point: the channel term {@code G_E(q, r, q*)}
 * (the log-likelihood of one example, averaged over the teacher and the replicas) with its three
 * partial derivatives. {@link ReplicaModel} and {@link SaddlePoint} work with any channel; the
 * teacher-student binary perceptron's is {@link EnergeticTerm}.
 */
public interface EnergeticChannel {

    /** The learning inverse temperature β of the Gibbs measure the channel belongs to. */
    double beta();

    /** {@code G_E} and its derivatives at interior order parameters ({@link OrderParameters#interior}). */
    EnergeticDerivatives evaluate(OrderParameters op);
}
