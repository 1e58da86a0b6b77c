package vcl.theory.numerics;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * The root of a function with a sign change in a bracket, by false position in its Illinois variant
 * (the retained end's value is halved when the same end is kept twice): superlinear, and the bracket
 * is never lost. Used wherever two branches' free entropies are equated.
 */
public final class FalsePosition {

    private FalsePosition() {
    }

    /**
     * A root of {@code f} in [lo, hi] with f(lo) = {@code fLo} &lt; 0 &lt; {@code fHi} = f(hi), to a
     * bracket of {@code tolerance} or after {@code maxIterations} evaluations (then the bracket's
     * middle). {@code f} answers empty where it cannot be evaluated; the search then ends empty.
     */
    public static Optional<Double> illinois(double lo, double fLo, double hi, double fHi, double tolerance,
                                            int maxIterations, DoubleFunction<OptionalDouble> f) {
        int side = 0;
        for (int k = 0; k < maxIterations && hi - lo > tolerance; k++) {
            double x = lo - fLo * (hi - lo) / (fHi - fLo);
            if (!(x > lo && x < hi)) {
                x = 0.5 * (lo + hi);
            }
            OptionalDouble value = f.apply(x);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            double fx = value.getAsDouble();
            if (fx == 0) {
                return Optional.of(x);
            }
            if (fx < 0) {
                lo = x;
                fLo = fx;
                fHi = side == -1 ? 0.5 * fHi : fHi;
                side = -1;
            } else {
                hi = x;
                fHi = fx;
                fLo = side == 1 ? 0.5 * fLo : fLo;
                side = 1;
            }
        }
        return Optional.of(0.5 * (lo + hi));
    }
}
