package vcl.theory.franzparisi;

import java.util.Objects;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.GeneralizationError;
import vcl.theory.replica.SaddleSolution;

/**
 * A solved task-2 saddle point (the Franz-Parisi potential of task 2 around the task-1 reference):
 * where it was solved, the shared {@link SaddleSolution} (order parameters (q2, r2, q2*) with r2
 * the overlap with teacher 2, conjugates, Φ, convergence; read through {@link BranchPoint}) and
 * the branch label. Φ is the constrained free entropy per weight (the Franz-Parisi potential); of
 * two coexisting solutions the larger is the stable one.
 *
 * @param alpha1 load of task 1 (the reference)
 * @param point where task 2 was solved (α2, γ, r0)
 * @param branch which branch of an α2 sweep it is ({@link Branch#UNIQUE} for a single solve)
 */
public record Task2Solution(double alpha1, double beta, Task2Point point, SaddleSolution saddle, Branch branch)
        implements BranchPoint<Task2Solution> {

    public Task2Solution {
        if (point == null || saddle == null || branch == null) {
            throw new IllegalArgumentException("point, saddle-point solution and branch are required");
        }
    }

    /** The load α2 of the sweeps. */
    @Override
    public double load() {
        return point.alpha2();
    }

    @Override
    public Task2Solution withBranch(Branch b) {
        return new Task2Solution(alpha1, beta, point, saddle, b);
    }

    public double alpha2() {
        return point.alpha2();
    }

    public double gamma() {
        return point.gamma();
    }

    public double r0() {
        return point.r0();
    }

    /** Clipped overlap with teacher 1, {@code E⟨sign m⟩} (retention of task 1). */
    public double p1() {
        return saddle.averages().pFirst();
    }

    /** Clipped overlap with teacher 2, {@code E[B⟨sign m⟩]} (learning of task 2). */
    public double p2() {
        return saddle.averages().p();
    }

    /** {@code arccos(p1)/π} (forgetting). */
    public double epsG1() {
        return GeneralizationError.value(p1());
    }

    /** {@code arccos(p2)/π}. */
    public double epsG2() {
        return GeneralizationError.value(p2());
    }
}
