package vcl.theory.numerics;

/** Moments of a single-site measure on m in [-1,1]: log of its normaliser, <m>, <m^2>, <sign m>. */
public record SiteMoments(double logZ, double mean, double secondMoment, double meanSign) {
}
