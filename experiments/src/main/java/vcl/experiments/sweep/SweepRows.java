package vcl.experiments.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.OutputFormat;

/**
 * The rows of a sweep's CSV: {@code point_id}, then the swept parameters that are not already among
 * the command's columns, then the command's own columns. A task's rows are in point order (within a
 * point, in the command's order). The same code makes them locally and on Spark.
 */
public final class SweepRows {

    /** The point id column. */
    public static final String POINT_ID = "point_id";

    private SweepRows() {
    }

    /** The CSV's columns for {@code spec}. */
    public static List<String> columns(SweepSpec spec) {
        List<String> columns = new ArrayList<>();
        columns.add(POINT_ID);
        for (Parameter p : extra(spec)) {
            columns.add(p.column());
        }
        columns.addAll(spec.command().computation().columns());
        return List.copyOf(columns);
    }

    /** The CSV header line (with its newline). */
    public static String header(SweepSpec spec) {
        DataTable t = new DataTable(columns(spec));
        return t.render(OutputFormat.csv, Map.of());
    }

    /**
     * Computes {@code task} and returns its rows as CSV lines without the header (each ending in a newline).
     *
     * @param root the sweep's folder (a command keeping files, {@code cl run}, keeps them in the task's folder there)
     */
    public static String compute(SweepSpec spec, SweepTask task, Path root) {
        LineComputation c = spec.command().computation();
        DataTable rows = c.prepare(task.fixed(), task.line(), SweepDirectory.taskFolder(root, task)).get();
        List<String> commandColumns = c.columns();
        List<String> lineAxes = List.copyOf(task.line().keySet());
        List<Parameter> extra = extra(spec);
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Double> at = new ArrayList<>();
            for (String axis : lineAxes) {
                at.add(((Number) rows.cell(i, axis)).doubleValue());
            }
            Object[] cells = new Object[1 + extra.size() + commandColumns.size()];
            cells[0] = task.pointOf(at);
            for (int j = 0; j < extra.size(); j++) {
                cells[1 + j] = task.fixed().values().get(extra.get(j).name());
            }
            for (int j = 0; j < commandColumns.size(); j++) {
                cells[1 + extra.size() + j] = rows.cell(i, commandColumns.get(j));
            }
            out.add(cells);
        }
        out.sort(Comparator.comparingLong(r -> (Long) r[0])); // stable: a point's rows keep the command's order
        DataTable table = new DataTable(columns(spec));
        out.forEach(table::add);
        String csv = table.render(OutputFormat.csv, Map.of());
        return csv.substring(csv.indexOf('\n') + 1);
    }

    /** Builds every request of {@code tasks} without computing it: bad values are refused before anything runs. */
    public static void check(SweepSpec spec, List<SweepTask> tasks, Path root) {
        LineComputation c = spec.command().computation();
        for (SweepTask task : tasks) {
            c.prepare(task.fixed(), task.line(), SweepDirectory.taskFolder(root, task));
        }
    }

    /** The swept parameters (more than one value) that are not among the command's columns, in grid order. */
    private static List<Parameter> extra(SweepSpec spec) {
        Map<String, Parameter> parameters = SweepSpec.parameters(spec.command());
        List<String> commandColumns = spec.command().computation().columns();
        List<String> lineAxes = spec.command().computation().lineAxes();
        List<Parameter> extra = new ArrayList<>();
        for (String name : spec.named()) {
            Parameter p = parameters.get(name);
            if (spec.swept(name) && !commandColumns.contains(p.column()) && !lineAxes.contains(name)) {
                extra.add(p);
            }
        }
        return extra;
    }
}
