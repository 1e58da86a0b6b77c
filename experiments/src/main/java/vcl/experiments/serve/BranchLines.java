package vcl.experiments.serve;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import vcl.plots.LineSeries;
import vcl.plots.Series;
import vcl.theory.replica.BranchPoint;

/**
 * The explorer's curves of one observable over a load sweep with both branches, drawn as the
 * figures draw them ({@link vcl.experiments.figures.BranchLines}): the stable solution solid up to
 * and from the first-order transition, a dotted vertical jump at it, the metastable continuations
 * dashed in the same colour. Points that did not converge are left out (the caller names them).
 */
final class BranchLines {

    private BranchLines() {
    }

    /** The series of {@code value} over {@code rows}; only the first carries the legend {@code name}. */
    static <S extends BranchPoint<S>> List<Series> of(List<S> rows, Optional<Double> transition, String name,
            ToDoubleFunction<S> value, Color color) {
        List<Series> out = new ArrayList<>();
        for (vcl.experiments.figures.BranchLines.Piece p
                : vcl.experiments.figures.BranchLines.pieces(rows, transition, value)) {
            double[] x = p.points().stream().mapToDouble(a -> a[0]).toArray();
            double[] y = p.points().stream().mapToDouble(a -> a[1]).toArray();
            out.add(new LineSeries(out.isEmpty() ? name : "", x, y, p.style(), color));
        }
        return out;
    }
}
