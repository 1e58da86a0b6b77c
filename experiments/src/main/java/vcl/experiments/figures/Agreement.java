package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How well simulation and theory agree on a figure: every compared point with its difference, the
 * mean and the maximum, and the points that differ by more than {@code tolerance}, each with the
 * reason where it is known. Written into the figure's JSON record, printed on stderr and summed up
 * in a caption on the figure.
 *
 * @param quantity  what is compared, e.g. "eps_g1"
 * @param tolerance the largest |simulation − theory| counted as agreement
 * @param points    the compared points
 * @param reasons   known reasons for disagreement, in words (empty if none is known)
 */
public record Agreement(String quantity, double tolerance, List<Point> points, List<String> reasons) {

    /**
     * The tolerance of every figure: |Δε| ≤ 0.03, the agreement the theory-against-simulation tests
     * hold at N = 1000 (README, "Numbers and how they are checked").
     */
    public static final double TOLERANCE = 0.03;

    /**
     * One compared point.
     *
     * @param series     which curve (e.g. "r0 = 0"), empty where there is one
     * @param x          where (α, α2)
     * @param simulation the seed mean
     * @param theory     the theory's stable-branch value
     * @param reason     why they differ, where known; empty otherwise
     */
    public record Point(String series, double x, double simulation, double theory, String reason) {

        public Point {
            Objects.requireNonNull(series, "series");
            reason = reason == null ? "" : reason;
        }

        Point(String series, double x, double simulation, double theory) {
            this(series, x, simulation, theory, "");
        }

        public double difference() {
            return Math.abs(simulation - theory);
        }
    }

    public Agreement {
        Objects.requireNonNull(quantity, "quantity");
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("agreement: tolerance must be positive, got " + tolerance);
        }
        points = List.copyOf(points);
        reasons = List.copyOf(reasons);
    }

    Agreement(String quantity, List<Point> points) {
        this(quantity, TOLERANCE, points, List.of());
    }

    public Agreement withReason(String reason) {
        List<String> all = new ArrayList<>(reasons);
        all.add(reason);
        return new Agreement(quantity, tolerance, points, all);
    }

    /** Mean |simulation − theory| over the points (NaN if there are none). */
    public double mean() {
        return points.stream().mapToDouble(Point::difference).average().orElse(Double.NaN);
    }

    /** Largest |simulation − theory| (NaN if there are no points). */
    public double max() {
        return points.stream().mapToDouble(Point::difference).max().orElse(Double.NaN);
    }

    /** The points beyond the tolerance (a NaN difference counts as beyond). */
    public List<Point> beyond() {
        return points.stream().filter(p -> !(p.difference() <= tolerance)).toList();
    }

    /** The record written under "agreement" in the figure's JSON. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("quantity", quantity);
        m.put("tolerance_abs", tolerance);
        m.put("mean_abs_difference", mean());
        m.put("max_abs_difference", max());
        m.put("points_beyond_tolerance", beyond().size());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Point p : points) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("series", p.series());
            r.put("x", p.x());
            r.put("simulation", p.simulation());
            r.put("theory", p.theory());
            r.put("abs_difference", p.difference());
            r.put("beyond_tolerance", !(p.difference() <= tolerance));
            if (!p.reason().isEmpty()) {
                r.put("reason", p.reason());
            }
            rows.add(r);
        }
        m.put("points", rows);
        m.put("reasons", reasons);
        return m;
    }

    /** One warning line per point beyond the tolerance, then the known reasons; empty if all agree. */
    public List<String> warnings(String figureId) {
        List<String> out = new ArrayList<>();
        for (Point p : beyond()) {
            out.add(String.format(Locale.ROOT, "figure %s: simulation and theory disagree at %sx = %s: %s = %.4f "
                    + "(simulation) vs %.4f (theory), |difference| %.4f > %.2f%s", figureId,
                    p.series().isEmpty() ? "" : p.series() + ", ", Double.toString(p.x()), quantity, p.simulation(), p.theory(), p.difference(), tolerance,
                    p.reason().isEmpty() ? "" : "; " + p.reason()));
        }
        if (!out.isEmpty()) {
            reasons.forEach(r -> out.add("figure " + figureId + ": " + r));
        }
        return out;
    }

    /**
     * The caption line the figure shows: mean and maximum, and where the two disagree.
     *
     * @param xName     the name of x in label syntax, e.g. "α_2"
     * @param qualifier words after "theory vs simulation", e.g. "at the last epoch"; empty for none
     */
    public String caption(String xName, String qualifier) {
        String head = String.format(Locale.ROOT, "theory vs simulation%s: mean |Δ| %.3f, max %.3f",
                qualifier.isEmpty() ? "" : " " + qualifier, mean(), max());
        List<Point> bad = beyond();
        if (bad.isEmpty()) {
            return head + String.format(Locale.ROOT, ", all within %.2f", tolerance);
        }
        String where = bad.stream().mapToDouble(Point::x).sorted().distinct().mapToObj(TrajectoryStats::format)
                .collect(Collectors.joining(", "));
        return head + String.format(Locale.ROOT, "; > %.2f at %s = %s (see JSON)", tolerance,
                xName, where);
    }
}
