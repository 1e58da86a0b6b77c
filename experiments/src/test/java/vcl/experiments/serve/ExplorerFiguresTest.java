package vcl.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vcl.experiments.solve.SolveTable;
import vcl.experiments.solve.Task1Solve;
import vcl.experiments.spec.SolverSettings;
import vcl.theory.task1.Task1Solution;

/**
 * The explorer's figures against {@code vcl solve}: the draft quadrature moves the task-1
 * transition and the curves by far less than a pixel, and a figure's SVG names its parameters.
 */
class ExplorerFiguresTest {

    @Test
    void theDraftQuadraturesTask1CurvesAndTransitionAgreeWithTheSolveCommand() {
        ExplorerRequest request = QueryParameters.parse("alpha-min=1.2&alpha-max=2.2&points=11");
        ExplorerFigures.Sweep<Task1Solution> draft = ExplorerFigures.draftFirst(
                q -> ExplorerFigures.task1Sweep(request.task1(ExplorerFigures.SOLVER), q));
        SolveTable reference = Task1Solve.run(request.task1(new SolverSettings(1e-10, 500, true)),
                new java.io.PrintWriter(java.io.Writer.nullWriter()));
        double alphaT = ((Number) reference.provenance().get("transition_alpha")).doubleValue();
        assertEquals(alphaT, draft.transition().orElseThrow(), 1e-6, "α_t within 1e-6 of the default rule's");
        List<Task1Solution> mine = draft.rows();
        assertEquals(reference.table().size(), mine.size(), "the same rows, both branches");
        for (int i = 0; i < mine.size(); i++) {
            double eps = ((Number) reference.table().cell(i, "eps_g")).doubleValue();
            assertEquals(eps, mine.get(i).epsG(), 1e-6, "ε at α = " + mine.get(i).alpha());
        }
    }

    @Test
    void aJumpIsDrawnAsAVerticalDottedLineAtTheTransitionAndNoLineCrossesIt() {
        ExplorerRequest request = QueryParameters.parse("alpha-min=1.2&alpha-max=2.2&points=11");
        ExplorerFigures.Sweep<Task1Solution> sweep = ExplorerFigures.draftFirst(
                q -> ExplorerFigures.task1Sweep(request.task1(ExplorerFigures.SOLVER), q));
        double alphaT = sweep.transition().orElseThrow();
        List<vcl.plots.Series> lines = BranchLines.of(sweep.rows(), sweep.transition(), "ε_g", Task1Solution::epsG,
                java.awt.Color.BLACK);
        int jumps = 0;
        for (vcl.plots.Series s : lines) {
            vcl.plots.LineSeries line = (vcl.plots.LineSeries) s;
            double[] x = line.x();
            if (line.style() == vcl.plots.LineStyle.DOTTED) {
                jumps++;
                assertEquals(2, x.length);
                assertEquals(alphaT, x[0], 0);
                assertEquals(alphaT, x[1], 0);
                assertTrue(Math.abs(line.y()[0] - line.y()[1]) > 0.1, "the jump spans the gap between the branches");
            } else if (line.style() == vcl.plots.LineStyle.SOLID) {
                // a stable piece lies on one side of α_t (it may end at it)
                boolean below = x[x.length - 1] <= alphaT;
                boolean above = x[0] >= alphaT;
                assertTrue(below || above, "a solid line crosses α_t = " + alphaT);
            }
        }
        assertEquals(1, jumps, "one dotted jump");
    }

    @Test
    void theTask2FigureNamesItsParametersAndMarksTheTransition() {
        ExplorerFigures figures = new ExplorerFigures();
        String svg = figures.task2Svg(QueryParameters.parse("alpha-min=3&alpha-max=4.2&points=7"));
        assertTrue(svg.contains("γ = 1, r₀ = 0.5"), "the title names γ and r0");
        assertTrue(svg.contains("> = 3.646<"), "the transition near α2 = 3.646 (vcl solve task2 --transition)");
    }
}
