package vcl.theory.numerics;

/**
 * A log-density {@code g(m)} of a single-site measure {@code exp(g(m)) dm} on the open interval
 * {@code (-1, 1)}, possibly with log-singular derivatives at {@code m = +-1}.
 *
 * <p>Quadrature rules call {@link #value(double, double, double)} with {@code 1 + m} and
 * {@code 1 - m} computed without cancellation (they can be as small as {@code 1e-270} while
 * {@code m} itself rounds to {@code +-1}); densities with {@code log(1 +- m)} terms should override
 * it. Implementations must be thread-safe (stateless or immutable).
 */
@FunctionalInterface
public interface LogDensity {

    /**
     * @param m point in (-1, 1)
     * @return {@code g(m)}; {@code -infinity} is allowed, NaN is not
     */
    double value(double m);

    /**
     * @param m         point in (-1, 1)
     * @param onePlusM  {@code 1 + m}, accurate even when {@code m} is close to -1
     * @param oneMinusM {@code 1 - m}, accurate even when {@code m} is close to 1
     * @return {@code g(m)}; the default ignores the accurate complements
     */
    default double value(double m, double onePlusM, double oneMinusM) {
        return value(m);
    }

    /**
     * @return {@code g(m) = a m^2 + b m} (flat prior; {@link BoxIntegral} has its closed form)
     */
    static LogDensity quadratic(double a, double b) {
        return m -> m * (a * m + b);
    }

    /**
     * Entropy prior {@code g(m) = a m^2 + b m + k f(m)},
     * {@code f(m) = -(1+m)/2 log((1+m)/2) - (1-m)/2 log((1-m)/2)} (the entropy of a +-1 variable of
     * mean {@code m}; {@code f(+-1) = 0}).
     */
    static LogDensity entropyPrior(double a, double b, double k) {
        return withComplements((m, onePlusM, oneMinusM) ->
                m * (a * m + b) + k * (negXLogX(0.5 * onePlusM) + negXLogX(0.5 * oneMinusM)));
    }

    /**
     * Coupling to a reference mean {@code m1}: {@code g(m) = a m^2 + b m + c F(m, m1)} with
     * {@code F = -[(1+m)/2 log((1+m)/(1+m1)) + (1-m)/2 log((1-m)/(1-m1))]}, minus the Kullback-Leibler
     * divergence between +-1 variables of means {@code m} and {@code m1} ({@code F <= 0}, zero at
     * {@code m = m1}).
     *
     * @param m1 reference mean in the open interval (-1, 1)
     */
    static LogDensity klCoupling(double a, double b, double c, double m1) {
        if (!(m1 > -1 && m1 < 1)) {
            throw new IllegalArgumentException("m1 must lie in (-1, 1): " + m1);
        }
        final double logPlus1 = Math.log1p(m1);
        final double logMinus1 = Math.log1p(-m1);
        return withComplements((m, onePlusM, oneMinusM) -> {
            final double plus = onePlusM == 0 ? 0 : onePlusM * (Math.log(onePlusM) - logPlus1);
            final double minus = oneMinusM == 0 ? 0 : oneMinusM * (Math.log(oneMinusM) - logMinus1);
            return m * (a * m + b) - 0.5 * c * (plus + minus);
        });
    }

    /** A log-density in its three-argument form {@code g(m, 1 + m, 1 − m)}. */
    @FunctionalInterface
    interface WithComplements {
        double value(double m, double onePlusM, double oneMinusM);
    }

    /**
     * The density given by its three-argument form; the one-argument form passes {@code 1 ± m}
     * computed from m.
     */
    static LogDensity withComplements(WithComplements g) {
        return new LogDensity() {
            @Override
            public double value(double m) {
                return g.value(m, 1 + m, 1 - m);
            }

            @Override
            public double value(double m, double onePlusM, double oneMinusM) {
                return g.value(m, onePlusM, oneMinusM);
            }
        };
    }

    /** @return {@code -x log x}, continuous at 0 */
    private static double negXLogX(double x) {
        return x == 0 ? 0 : -x * Math.log(x);
    }
}
