package vcl.theory.franzparisi;

import java.util.ArrayList;
import java.util.List;

/**
 * Panels for {@code ∫ ψ(s) φ(s) ds}, ψ a {@link MixtureDensity} and φ a site function, marched
 * outward from near ψ's maximum. A panel starting at s has width at most
 * <ul>
 *   <li>{@code cap·max(λ, 1 + |s|/4)}: φ (moments of the site measure as functions of its linear
 *       coefficient) changes on the scale λ ≥ 1 near s = 0 (its derivatives are cumulants of m;
 *       λ is given by the caller, 1 when nothing better is known) and on a scale growing with |s|
 *       beyond, where m is pinned near ±1;</li>
 *   <li>{@code drop/|(log ψ)'|} and {@code √(drop/|(log ψ)''|)}: log ψ changes by at most about
 *       {@code drop} across the panel (derivatives by central differences; for a Gaussian ψ of width σ
 *       and the default drop 8 the panels near the peak are 2.8σ wide);</li>
 *   <li>four times the previous panel.</li>
 * </ul>
 * A side ends at the bound of ψ's support or where log ψ, decreasing outward, has fallen more than
 * {@code cut} below the largest value seen (the mass dropped is then ~{@code e^{−cut}} of the total).
 * Each panel then carries a Gauss-Legendre rule (see {@code FranzParisiMeasure}).
 */
final class FieldRule {

    private FieldRule() {
    }

    /** Panels {lo, hi} covering ψ's support. */
    static List<double[]> panels(MixtureDensity psi, double scale, double cap, double lambda, double drop, double cut) {
        double lower = psi.lower();
        double upper = psi.upper();
        double s0 = Math.min(upper, Math.max(lower, psi.start()));
        double[] best = {logPsi(psi, s0)};
        List<double[]> right = march(psi, s0, +1, upper, scale, cap, lambda, drop, cut, best);
        List<double[]> left = march(psi, s0, -1, lower, scale, cap, lambda, drop, cut, best);
        List<double[]> all = new ArrayList<>(left.size() + right.size());
        for (int i = left.size() - 1; i >= 0; i--) {
            all.add(left.get(i));
        }
        all.addAll(right);
        return all;
    }

    private static List<double[]> march(MixtureDensity psi, double s0, int dir, double bound, double scale,
            double cap, double lambda, double drop, double cut, double[] best) {
        List<double[]> out = new ArrayList<>();
        double s = s0;
        double prev = scale;
        while (dir * (bound - s) > 0) {
            double delta = Math.max(0.05 * prev, 1e-9 * (1 + Math.abs(s)));
            double l = logPsi(psi, s);
            double lp = logPsi(psi, s + delta);
            double lm = logPsi(psi, s - delta);
            if (l == Double.NEGATIVE_INFINITY) {
                break;
            }
            best[0] = Math.max(best[0], l);
            double w = cap * Math.max(lambda, 1 + Math.abs(s) / 4);
            if (Double.isFinite(lp) && Double.isFinite(lm)) {
                double slope = (lp - lm) / (2 * delta);
                double curv = (lp - 2 * l + lm) / (delta * delta);
                if (l < best[0] - cut && dir * slope < 0) {
                    break;
                }
                if (slope != 0) {
                    w = Math.min(w, drop / Math.abs(slope));
                }
                if (curv != 0) {
                    w = Math.min(w, Math.sqrt(drop / Math.abs(curv)));
                }
            } else if (l < best[0] - cut) {
                break;
            } else {
                w = Math.min(w, prev);
            }
            w = Math.min(w, 4 * prev);
            double end = s + dir * w;
            if (dir * (end - bound) > 0 || dir * (bound - end) < 0.25 * w) {
                end = bound;
            }
            out.add(new double[] {Math.min(s, end), Math.max(s, end)});
            prev = Math.abs(end - s);
            s = end;
        }
        return out;
    }

    private static double logPsi(MixtureDensity psi, double s) {
        return Math.log(psi.value(s));
    }
}
