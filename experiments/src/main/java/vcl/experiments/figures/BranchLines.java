package vcl.experiments.figures;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.Series;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;

/**
 * One observable of a load sweep drawn as a first-order transition is drawn: the poor branch solid
 * up to the transition load, the good branch solid from it, a dotted vertical connector at the
 * transition (the jump), and each branch's metastable continuation dashed from the transition as far
 * as the rows have it. No line ever joins the two branches across the transition. The figures pass
 * rows completed by {@code TransitionBranches} (each branch's solution at the transition, and each
 * metastable continuation followed to its spinodal), so the jump and the dashes' ends are computed,
 * not read off the grid; where a branch has no row at the transition its value there is
 * interpolated along it between its neighbouring rows (or extrapolated from its last two, at most
 * one row spacing). Without a transition the stable rows are one solid line and any metastable rows
 * dashed.
 */
public final class BranchLines {

    private BranchLines() {
    }

    /**
     * One line of a drawn observable: its name suffix (empty for the first, the one with the legend
     * entry), its (load, value) points in load order and its style.
     */
    public record Piece(String suffix, List<double[]> points, LineStyle style) {
    }

    /**
     * The series of one observable, each recorded in {@code data} under {@code name} with a suffix
     * (above α_t, poor-metastable, good-metastable, jump at α_t); only the first carries a legend entry.
     */
    static <S extends BranchPoint<S>> List<Series> of(FigureData data, String panel, String name, List<S> rows,
            Optional<Double> transition, ToDoubleFunction<S> value, Color color) {
        List<Series> out = new ArrayList<>();
        for (Piece p : pieces(rows, transition, value)) {
            add(out, data, panel, name + p.suffix(), p.points(), color, p.style());
        }
        return out;
    }

    /**
     * The lines of one observable over {@code rows} as this class draws them (see the class comment),
     * without recording them: for drawings that keep no figure data, such as the explorer's.
     * Rows that did not converge are never drawn (callers report them); lines of fewer than two
     * points are left out.
     */
    public static <S extends BranchPoint<S>> List<Piece> pieces(List<S> all, Optional<Double> transition,
            ToDoubleFunction<S> value) {
        List<S> rows = all.stream().filter(BranchPoint::converged).toList();
        List<Piece> out = new ArrayList<>();
        if (transition.isEmpty()) {
            keep(out, "", points(rows, s -> s.branch().stable(), value), LineStyle.SOLID);
            keep(out, " (" + Branch.POOR_METASTABLE.label() + ")",
                    points(rows, s -> s.branch() == Branch.POOR_METASTABLE, value), LineStyle.DASHED);
            keep(out, " (" + Branch.GOOD_METASTABLE.label() + ")",
                    points(rows, s -> s.branch() == Branch.GOOD_METASTABLE, value), LineStyle.DASHED);
            return out;
        }
        double t = transition.get();
        List<double[]> poor = points(rows, s -> s.branch().poor() || (s.branch() == Branch.UNIQUE && s.load() < t),
                value);
        List<double[]> good = points(rows, s -> s.branch().good() || (s.branch() == Branch.UNIQUE && s.load() > t),
                value);
        OptionalDouble poorAtT = at(poor, t);
        OptionalDouble goodAtT = at(good, t);
        keep(out, "", piece(poor, Double.NEGATIVE_INFINITY, t, poorAtT, t), LineStyle.SOLID);
        keep(out, " (above α_t)", piece(good, t, Double.POSITIVE_INFINITY, goodAtT, t), LineStyle.SOLID);
        keep(out, " (" + Branch.POOR_METASTABLE.label() + ")", piece(poor, t, Double.POSITIVE_INFINITY, poorAtT, t),
                LineStyle.DASHED);
        keep(out, " (" + Branch.GOOD_METASTABLE.label() + ")", piece(good, Double.NEGATIVE_INFINITY, t, goodAtT, t),
                LineStyle.DASHED);
        if (poorAtT.isPresent() && goodAtT.isPresent()) {
            keep(out, " (jump at α_t)",
                    List.of(new double[] {t, poorAtT.getAsDouble()}, new double[] {t, goodAtT.getAsDouble()}),
                    LineStyle.DOTTED);
        }
        return out;
    }

    private static void keep(List<Piece> out, String suffix, List<double[]> points, LineStyle style) {
        if (points.size() >= 2) {
            out.add(new Piece(suffix, points, style));
        }
    }

    /** (load, value) of the rows that pass {@code keep}, in load order. */
    private static <S extends BranchPoint<S>> List<double[]> points(List<S> rows, Predicate<S> keep,
            ToDoubleFunction<S> value) {
        return rows.stream().filter(keep).map(s -> new double[] {s.load(), value.applyAsDouble(s)})
                .sorted(Comparator.comparingDouble(p -> p[0])).toList();
    }

    /**
     * The branch's value at load {@code t}: interpolated between the grid points around it, or
     * extrapolated from the last (first) two when the branch ends within one grid step of {@code t}.
     */
    static OptionalDouble at(List<double[]> branch, double t) {
        for (double[] p : branch) {
            if (p[0] == t) {
                return OptionalDouble.of(p[1]);
            }
        }
        int below = -1;
        for (int i = 0; i < branch.size(); i++) {
            if (branch.get(i)[0] < t) {
                below = i;
            }
        }
        int above = below + 1;
        if (below >= 0 && above < branch.size()) {
            return OptionalDouble.of(line(branch.get(below), branch.get(above), t));
        }
        if (below >= 1) {
            double[] a = branch.get(below - 1);
            double[] b = branch.get(below);
            return t - b[0] <= b[0] - a[0] ? OptionalDouble.of(line(a, b, t)) : OptionalDouble.empty();
        }
        if (above == 0 && branch.size() >= 2) {
            double[] a = branch.get(0);
            double[] b = branch.get(1);
            return a[0] - t <= b[0] - a[0] ? OptionalDouble.of(line(a, b, t)) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    private static double line(double[] a, double[] b, double t) {
        return a[1] + (b[1] - a[1]) * (t - a[0]) / (b[0] - a[0]);
    }

    /** The branch's points strictly inside (from, to), with the value at the transition {@code t} as an end. */
    private static List<double[]> piece(List<double[]> branch, double from, double to, OptionalDouble atT, double t) {
        List<double[]> out = new ArrayList<>(branch.stream().filter(p -> p[0] > from && p[0] < to).toList());
        if (out.isEmpty() || atT.isEmpty()) {
            return out;
        }
        if (to == t) {
            out.add(new double[] {t, atT.getAsDouble()});
        } else {
            out.add(0, new double[] {t, atT.getAsDouble()});
        }
        return out;
    }

    private static void add(List<Series> out, FigureData data, String panel, String name, List<double[]> pts,
            Color color, LineStyle style) {
        if (pts.size() < 2) {
            return;
        }
        double[] x = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pts.stream().mapToDouble(p -> p[1]).toArray();
        LineSeries line = data.line(panel, name, x, y);
        out.add(new LineSeries(out.isEmpty() ? name : "", line.x(), line.y(), style, color));
    }
}
