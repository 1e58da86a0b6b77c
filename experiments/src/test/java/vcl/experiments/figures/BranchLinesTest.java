package vcl.experiments.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vcl.plots.LineSeries;
import vcl.plots.LineStyle;
import vcl.plots.Series;
import vcl.theory.replica.Branch;
import vcl.theory.replica.BranchPoint;
import vcl.theory.replica.SaddleSolution;

/** A first-order transition is drawn as a jump: no line joins the two branches across it. */
class BranchLinesTest {

    /** A sweep row carrying only its load, branch, one value and whether it converged (no saddle point). */
    record Row(double load, Branch branch, double value, boolean converged) implements BranchPoint<Row> {
        Row(double load, Branch branch, double value) {
            this(load, branch, value, true);
        }

        @Override
        public SaddleSolution saddle() {
            throw new UnsupportedOperationException("not needed to draw a line");
        }

        @Override
        public Row withBranch(Branch b) {
            return new Row(load, b, value, converged);
        }
    }

    /** Poor branch 0.4 − 0.05α up to its spinodal at 4, good branch 0.1 − 0.01α from 2; transition at 2.5. */
    private static final List<Row> ROWS = List.of(
            new Row(1, Branch.UNIQUE, 0.35),
            new Row(2, Branch.POOR_STABLE, 0.30), new Row(2, Branch.GOOD_METASTABLE, 0.08),
            new Row(3, Branch.POOR_METASTABLE, 0.25), new Row(3, Branch.GOOD_STABLE, 0.07),
            new Row(4, Branch.POOR_METASTABLE, 0.20), new Row(4, Branch.GOOD_STABLE, 0.06),
            new Row(5, Branch.UNIQUE, 0.05));

    @Test
    void aRowThatDidNotConvergeIsNeverDrawn() {
        List<Row> rows = new java.util.ArrayList<>(ROWS);
        rows.add(new Row(4.5, Branch.GOOD_STABLE, 99, false));
        for (BranchLines.Piece piece : BranchLines.pieces(rows, Optional.of(2.5), Row::value)) {
            for (double[] p : piece.points()) {
                assertTrue(p[1] != 99, "the non-converged row at alpha = 4.5 is drawn in" + piece.suffix());
            }
        }
    }

    @Test
    void stableBranchesMeetTheTransitionAndNoLineCrossesIt() {
        FigureData data = new FigureData();
        List<Series> lines = BranchLines.of(data, "a", "ε", ROWS, Optional.of(2.5), Row::value, Color.BLUE);
        LineSeries poor = (LineSeries) lines.get(0);
        LineSeries good = (LineSeries) lines.get(1);
        assertEquals(LineStyle.SOLID, poor.style());
        assertEquals(LineStyle.SOLID, good.style());
        assertEquals(2.5, poor.x()[poor.x().length - 1], 0, "the poor branch is drawn up to the transition");
        assertEquals(0.275, poor.y()[poor.y().length - 1], 1e-12, "interpolated along the poor branch");
        assertEquals(2.5, good.x()[0], 0, "the good branch is drawn from the transition");
        assertEquals(0.075, good.y()[0], 1e-12, "interpolated along the good branch");
        for (Series s : lines) {
            LineSeries l = (LineSeries) s;
            double[] x = l.x();
            double[] y = l.y();
            boolean vertical = x[0] == x[x.length - 1];
            if (vertical) {
                assertEquals(LineStyle.DOTTED, l.style(), "the jump is the only vertical line, dotted");
                assertEquals(2.5, x[0], 0);
                continue;
            }
            for (int i = 0; i + 1 < x.length; i++) {
                boolean crosses = x[i] < 2.5 && x[i + 1] > 2.5;
                assertFalse(crosses, "a segment of '" + l.name() + "' crosses the transition");
                assertTrue(Math.abs(y[i + 1] - y[i]) < 0.1, "a segment of '" + l.name() + "' joins two branches");
            }
        }
        long dashed = lines.stream().filter(s -> ((LineSeries) s).style() == LineStyle.DASHED).count();
        assertEquals(2, dashed, "both metastable continuations are dashed");
        LineSeries poorMeta = lines.stream().map(s -> (LineSeries) s)
                .filter(l -> l.style() == LineStyle.DASHED && l.y()[0] > 0.2).findFirst().orElseThrow();
        assertEquals(4, poorMeta.x()[poorMeta.x().length - 1], 0, "dashed up to the last load where it exists");
        assertEquals("ε", lines.get(0).name(), "only the first line enters the legend");
        assertTrue(lines.stream().skip(1).allMatch(s -> s.name().isEmpty()));
    }

    @Test
    void everyDrawnPointIsInTheCsv() {
        FigureData data = new FigureData();
        List<Series> lines = BranchLines.of(data, "a", "ε", ROWS, Optional.of(2.5), Row::value, Color.BLUE);
        int drawn = lines.stream().mapToInt(s -> s.x().length).sum();
        assertEquals(drawn, data.table().size());
    }

    @Test
    void withoutTransitionTheStableRowsAreOneLine() {
        List<Row> rows = List.of(new Row(1, Branch.UNIQUE, 0.3), new Row(2, Branch.UNIQUE, 0.2),
                new Row(3, Branch.UNIQUE, 0.1));
        List<Series> lines = BranchLines.of(new FigureData(), "a", "ε", rows, Optional.empty(), Row::value, Color.RED);
        assertEquals(1, lines.size());
        assertEquals(3, lines.get(0).x().length);
    }

    /**
     * Figure 3c's theory (γ = 0.1, r0 = 0, α1 = 2, β = 20) on its coarse grid, where no grid load
     * holds both branches: the jump is drawn vertically at the α2_t found between α2 = 1 and 2, which
     * is the transition of a fine grid where both branches coexist; no drawn segment crosses it, and
     * the metastable continuations reach past the grid loads to where the fine grid still has them.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow")
    void figure3csCoarseGridIsDrawnWithItsJumpAtTheFineGridsTransition() {
        FigureContext context = new FigureContext(1L, 1, vcl.experiments.io.Progress.SILENT, RunCache.NONE);
        double[] coarse = {0.01, 0.1, 0.5, 1, 2, 5};
        Task2Theory.Curve curve = Task2Theory.overAlpha2(2, 20, 0.1, new double[] {0}, coarse, context).get(0);
        vcl.theory.franzparisi.Task2Sweep sweep = new vcl.theory.franzparisi.Task2Sweep(Task2Theory.solver(2, 20));
        assertTrue(sweep.transition(curve.branches().stream().filter(s -> coarseLoad(coarse, s.alpha2())).toList())
                .isEmpty(), "on the coarse grid the branches never coexist");
        double fine = sweep.transition(sweep.branches(new double[] {1.6, 1.65, 1.7, 1.75, 1.8, 1.85}, 0.1, 0, null))
                .orElseThrow();
        double t = curve.transition().orElseThrow();
        assertEquals(fine, t, 1e-6, "the coarse grid's transition is the fine grid's");
        FigureData data = new FigureData();
        List<Series> lines = BranchLines.of(data, "a", "ε2", curve.branches(), curve.transition(),
                Task2Observable.LEARNING::of, Color.BLUE);
        LineSeries jump = lines.stream().map(s -> (LineSeries) s).filter(l -> l.style() == LineStyle.DOTTED)
                .findFirst().orElseThrow();
        assertEquals(2, jump.x().length);
        assertEquals(t, jump.x()[0], 0, "the jump is vertical at the transition");
        assertEquals(t, jump.x()[1], 0);
        assertTrue(Math.abs(jump.y()[0] - jump.y()[1]) > 0.2, "the jump joins two different branches");
        for (Series s : lines) {
            LineSeries l = (LineSeries) s;
            for (int i = 0; i + 1 < l.x().length; i++) {
                assertFalse(l.x()[i] < t && l.x()[i + 1] > t, "a segment of '" + l.name() + "' crosses the transition");
            }
        }
        // the fine grid holds the poor branch up to 1.85 and the good one from 1.7: the dashes reach that far
        List<LineSeries> dashed = lines.stream().map(s -> (LineSeries) s).filter(l -> l.style() == LineStyle.DASHED)
                .toList();
        assertEquals(2, dashed.size());
        LineSeries poorMeta = dashed.stream().filter(l -> l.x()[0] == t).findFirst().orElseThrow();
        LineSeries goodMeta = dashed.stream().filter(l -> l.x()[l.x().length - 1] == t).findFirst().orElseThrow();
        assertTrue(poorMeta.x()[poorMeta.x().length - 1] >= 1.85, "the poor branch is dashed up to its end");
        assertTrue(goodMeta.x()[0] <= 1.7, "the good branch is dashed down to its end");
    }

    private static boolean coarseLoad(double[] grid, double load) {
        return java.util.Arrays.stream(grid).anyMatch(g -> g == load);
    }

    @Test
    void valueAtTheTransitionIsExtrapolatedAtMostOneStep() {
        List<double[]> branch = List.of(new double[] {1, 1.0}, new double[] {2, 2.0});
        assertEquals(2.5, BranchLines.at(branch, 2.5).orElseThrow(), 1e-12);
        assertTrue(BranchLines.at(branch, 3.5).isEmpty(), "no extrapolation beyond one grid step");
    }
}
