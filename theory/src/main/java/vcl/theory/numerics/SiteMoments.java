package vcl.theory.numerics;

/**
 * Moments of a single-site measure {@code exp(g(m)) dm} on {@code m in [-1, 1]}.
 *
 * @param logZ         log of the normaliser {@code Z = \u222b exp(g(m)) dm}
 * @param mean         {@code <m>}
 * @param secondMoment {@code <m^2>}
 * @param meanSign     {@code <sign m>} (the point {@code m = 0} has measure zero)
 */
public record SiteMoments(double logZ, double mean, double secondMoment, double meanSign) {

    /** Validates that every component is finite. */
    public SiteMoments {
        if (!Double.isFinite(logZ) || !Double.isFinite(mean) || !Double.isFinite(secondMoment)
                || !Double.isFinite(meanSign)) {
            throw new IllegalArgumentException("non-finite site moments: logZ=" + logZ + ", mean=" + mean
                    + ", secondMoment=" + secondMoment + ", meanSign=" + meanSign);
        }
    }

    /** @return {@code <m^2> - <m>^2} */
    public double variance() {
        return secondMoment - mean * mean;
    }

    /** @return the moments of the mirrored measure {@code m -> -m} */
    public SiteMoments mirrored() {
        return new SiteMoments(logZ, -mean, secondMoment, -meanSign);
    }
}
