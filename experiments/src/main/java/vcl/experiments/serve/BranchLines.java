package vcl.experiments.serve;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.Series;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;

/**
 * The curves of one observable over a load sweep with both branches: the stable solution solid
 * (one piece below and one above the first-order transition, so no line jumps across it), the
 * metastable continuations dashed in the same colour. Points that did not converge are left out.
 */
final class BranchLines {

    private BranchLines() {
    }

    /** The series of {@code value} over {@code rows}; only the first carries the legend {@code name}. */
    static <S extends BranchPoint<S>> List<Series> of(List<S> rows, Optional<Double> transition, String name,
            ToDoubleFunction<S> value, Color color) {
        List<S> converged = rows.stream().filter(BranchPoint::converged).toList();
        double cut = transition.orElse(Double.POSITIVE_INFINITY);
        List<Series> out = new ArrayList<>();
        List<S> stable = converged.stream().filter(s -> s.branch().stable()).toList();
        add(out, name, stable.stream().filter(s -> s.load() < cut).toList(), value, color, LineStyle.SOLID);
        add(out, name, stable.stream().filter(s -> s.load() >= cut).toList(), value, color, LineStyle.SOLID);
        for (Branch b : new Branch[] {Branch.POOR_METASTABLE, Branch.GOOD_METASTABLE}) {
            add(out, name, converged.stream().filter(s -> s.branch() == b).toList(), value, color, LineStyle.DASHED);
        }
        return out;
    }

    private static <S extends BranchPoint<S>> void add(List<Series> out, String name, List<S> points,
            ToDoubleFunction<S> value, Color color, LineStyle style) {
        if (points.size() < 2) {
            return;
        }
        double[] x = points.stream().mapToDouble(BranchPoint::load).toArray();
        double[] y = points.stream().mapToDouble(value).toArray();
        out.add(new LineSeries(out.isEmpty() ? name : "", x, y, style, color));
    }
}
