package vcl.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
     * Builds (and so validates) the command's request at {@code fixed} for every combination of the
     * line axes' values, without computing it: a value out of range is a
     * {@link vcl.experiments.spec.UserInputException} here, before any task of the sweep runs.
     *
     * @param fixed  the values of every parameter; those of the line axes are to be ignored
     * @param line   each line axis → its values, in the grid's order
     * @param folder the task's own folder under the sweep's ({@link SweepDirectory#taskFolder}), for a
     *               command that keeps files there (a resumable run); not created, unused by most
     * @return the computation: rows in {@link #columns()}, each carrying its line-axis values in the
     *         columns of those names
     */
    Supplier<DataTable> prepare(PointValues fixed, Map<String, double[]> line, Path folder);
}
