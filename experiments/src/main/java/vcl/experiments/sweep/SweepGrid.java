package vcl.experiments.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The points of a sweep in their order, cut into tasks. The grid is the Cartesian product of the
 * axes in the order the sweep file writes them, the last varying fastest, except that the command's
 * line axes (the solvers' load) come last: so each continuation line is a run of consecutive points,
 * one task, and a point's id is its place in this order.
 *
 * @param spec  the sweep
 * @param tasks its tasks, in order
 */
public record SweepGrid(SweepSpec spec, List<SweepTask> tasks) {

    public SweepGrid {
        tasks = List.copyOf(tasks);
    }

    /** Lays out the grid of {@code spec}. */
    public static SweepGrid of(SweepSpec spec) {
        List<String> lineNames = spec.command().computation().lineAxes();
        List<Axis> outer = spec.axes().stream().filter(a -> !lineNames.contains(a.names().get(0))).toList();
        Map<String, double[]> line = new LinkedHashMap<>();
        for (String name : lineNames) {
            Axis axis = spec.axes().stream().filter(a -> a.names().get(0).equals(name)).findFirst().orElseThrow();
            line.put(name, axis.values().stream().mapToDouble(v -> (Double) v.get(0)).toArray());
        }
        Map<String, Parameter> parameters = SweepSpec.parameters(spec.command());
        int perTask = 1;
        for (double[] v : line.values()) {
            perTask = Math.multiplyExact(perTask, v.length);
        }
        long outerCount = 1;
        for (Axis a : outer) {
            outerCount = Math.multiplyExact(outerCount, a.size());
        }
        if (outerCount > Integer.MAX_VALUE || outerCount * perTask > 100_000_000L) {
            throw new vcl.experiments.spec.UserInputException("sweep", "at most 10^8 points", Long.toString(outerCount * perTask));
        }
        List<SweepTask> tasks = new ArrayList<>();
        int[] at = new int[outer.size()];
        for (int t = 0; t < outerCount; t++) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Parameter p : parameters.values()) {
                if (p.defaultValue() != null) {
                    values.put(p.name(), p.defaultValue());
                }
            }
            for (int j = 0; j < outer.size(); j++) {
                List<Object> step = outer.get(j).values().get(at[j]);
                for (int k = 0; k < step.size(); k++) {
                    values.put(outer.get(j).names().get(k), step.get(k));
                }
            }
            tasks.add(new SweepTask(t, (long) t * perTask, new PointValues(values), line));
            for (int j = outer.size() - 1; j >= 0 && ++at[j] == outer.get(j).size(); j--) {
                at[j] = 0;
            }
        }
        return new SweepGrid(spec, tasks);
    }

    /** The number of points. */
    public long points() {
        return tasks.isEmpty() ? 0 : tasks.get(tasks.size() - 1).firstPoint() + tasks.get(tasks.size() - 1).points();
    }
}
