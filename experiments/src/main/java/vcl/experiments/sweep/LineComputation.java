package vcl.experiments.sweep;

import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;

/**
 * How one swept command computes a task: the parameters it takes, the columns of its rows, and the
 * parameters it computes together in one call (the load of a solver, solved by continuation along it).
 * Implementations call the command's own entry point in {@code vcl.experiments}.
 */
public interface LineComputation {

    /** The command's parameters (its options' names without the dashes). */
    List<Parameter> parameters();

    /** The command's own CSV columns. */
    List<String> columns();

    /**
     * The parameters one call computes for all their values at once (empty: one call per point),
     * among {@link #parameters()}, real-valued.
     */
    List<String> lineAxes();

    /**
     * Computes the rows at {@code fixed} for every combination of the line axes' values.
     *
     * @param fixed the values of every parameter; those of the line axes are to be ignored
     * @param line  each line axis → its values, in the grid's order
     * @return rows in {@link #columns()}; each carries its line-axis values in the columns of those names
     */
    DataTable compute(PointValues fixed, Map<String, double[]> line);
}
