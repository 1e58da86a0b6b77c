package vcl.theory.potential;

import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import vcl.theory.numerics.NumericalLimitException;

/**
 * The site coupling d̂ that holds the constrained system at overlap d, {@code E[m1⟨m⟩] = d}, for
 * either reference ({@link PotentialModel}, {@link RsbPotentialModel}): Newton's method with the
 * slope χ_d, each step no longer than {@code 1 + |d̂|} (a nearly flat d(d̂) must not throw the site
 * field far beyond any physical value) and halved while it does not reduce the mismatch; to 1e-13
 * in d, accepted at 1e-11.
 */
final class CouplingNewton {

    /** The conjugates with the solved d̂ and the site averages there. */
    record Solved<C, A>(C conjugates, A site) {
    }

    private CouplingNewton() {
    }

    /**
     * @param conjugatesAt the conjugates at a given d̂ (the others fixed by the energetic side)
     * @param site the site averages at given conjugates
     * @param overlap the site's overlap E[m1⟨m⟩]
     * @param chi its slope χ_d in d̂
     * @throws NumericalLimitException if d cannot be reached
     */
    static <C, A> Solved<C, A> solve(double d, double dHatStart, DoubleFunction<C> conjugatesAt, Function<C, A> site,
            ToDoubleFunction<A> overlap, ToDoubleFunction<A> chi) {
        double dHat = dHatStart;
        C c = conjugatesAt.apply(dHat);
        A avg = site.apply(c);
        double mismatch = d - overlap.applyAsDouble(avg);
        for (int it = 0; it < 60 && Math.abs(mismatch) > 1e-13; it++) {
            double slope = chi.applyAsDouble(avg);
            double step = mismatch / slope;
            if (!(slope > 0) || !Double.isFinite(step)) {
                throw new NumericalLimitException("overlap d = " + d + " out of reach (chi_d = " + slope + ")");
            }
            double cap = 1 + Math.abs(dHat);
            step = Math.max(-cap, Math.min(cap, step));
            C tc;
            A trial;
            int halvings = 0;
            while (true) {
                tc = conjugatesAt.apply(dHat + step);
                trial = site.apply(tc);
                if (Math.abs(d - overlap.applyAsDouble(trial)) < Math.abs(mismatch) || halvings++ > 30) {
                    break;
                }
                step *= 0.5;
            }
            dHat += step;
            c = tc;
            avg = trial;
            mismatch = d - overlap.applyAsDouble(avg);
        }
        if (Math.abs(mismatch) > 1e-11) {
            throw new NumericalLimitException("overlap d = " + d + " not reached: mismatch " + mismatch);
        }
        return new Solved<>(c, avg);
    }
}
