package vcl.theory.potential;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import vcl.theory.numerics.NumericalLimitException;
import vcl.theory.replica.AndersonSolver;

/**
 * What the solvers of V(d) share, whatever the reference ({@link PotentialSolver} for a
 * replica-symmetric one, {@link RsbPotentialSolver} for a 1RSB one): the Anderson iteration of the
 * constrained order parameters at fixed d with the site coupling d̂ carried from one evaluation to
 * the next, and the continuation of a list of overlaps from the unconstrained point both ways.
 */
final class OverlapIteration {

    private OverlapIteration() {
    }

    /** One evaluation of both sides at order parameters x with site coupling d̂. */
    interface Evaluator<E> {
        E evaluate(double[] x, double dHat);
    }

    /**
     * The outcome of one solve at fixed d: the last evaluation (null if none succeeded), the number of
     * evaluations, the iterations, residual and convergence of the iteration (residual NaN and not
     * converged when an evaluation failed).
     */
    record Outcome<E>(E evaluation, int evaluations, int iterations, double residual, boolean converged) {
    }

    /**
     * Iterates x → images(evaluate(x, d̂)) from x0, d̂ taken each time from the last evaluation;
     * returns the evaluation at the final x.
     */
    static <E> Outcome<E> solve(AndersonSolver anderson, int maxIterations, double[] x0, double dHat,
            Evaluator<E> evaluator, ToDoubleFunction<E> coupling, Function<E, double[]> images,
            Predicate<double[]> admissible) {
        List<E> last = new ArrayList<>(1);
        double[][] lastX = new double[1][];
        double[] carried = {dHat};
        int[] count = new int[1];
        AndersonSolver.Result res;
        try {
            res = anderson.solve(maxIterations, x -> {
                lastX[0] = x.clone();
                count[0]++;
                E e = evaluator.evaluate(x, carried[0]);
                last.clear();
                last.add(e);
                carried[0] = coupling.applyAsDouble(e);
                return images.apply(e);
            }, x0, admissible::test);
        } catch (NumericalLimitException | IllegalArgumentException e) {
            return new Outcome<>(last.isEmpty() ? null : last.get(0), count[0], count[0], Double.NaN, false);
        }
        E ev = Arrays.equals(lastX[0], res.x()) ? last.get(0) : evaluator.evaluate(res.x(), carried[0]);
        return new Outcome<>(ev, count[0], res.iterations(), res.residual(), res.converged());
    }

    /** Solves one overlap from a start and a site coupling. */
    interface Step<O, P> {
        P solve(double d, O start, double dHat);
    }

    /**
     * Solves at every d by continuation from the unconstrained point d = q1 (upward from it for
     * d ≥ q1, downward for d < q1), each converged point the start of the next; in input order.
     */
    static <O, P> List<P> curve(double[] ds, double q1, O start, double dHat, Step<O, P> step,
            Predicate<P> converged, Function<P, O> order, ToDoubleFunction<P> coupling) {
        List<P> out = new ArrayList<>(Collections.nCopies(ds.length, (P) null));
        Integer[] sorted = new Integer[ds.length];
        for (int i = 0; i < ds.length; i++) {
            sorted[i] = i;
        }
        Arrays.sort(sorted, (a, b) -> Double.compare(ds[a], ds[b]));
        for (int dir = -1; dir <= 1; dir += 2) {
            O from = start;
            double dHatFrom = dHat;
            for (int k = 0; k < ds.length; k++) {
                int idx = sorted[dir > 0 ? k : ds.length - 1 - k];
                if (dir > 0 ? ds[idx] < q1 : ds[idx] >= q1) {
                    continue;
                }
                P p = step.solve(ds[idx], from, dHatFrom);
                out.set(idx, p);
                if (converged.test(p)) {
                    from = order.apply(p);
                    dHatFrom = coupling.applyAsDouble(p);
                }
            }
        }
        return out;
    }
}
