package vcl.experiments.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit of work of a sweep: a line of points that differ only in the command's line axes (the
 * solvers' load, solved by continuation), or a single point. It is computed by one call of the
 * command's entry point, and is the unit of resumption, shards and Spark tasks.
 *
 * @param index      its place among the sweep's tasks, from 0
 * @param firstPoint the point id of its first point; its points are consecutive
 * @param fixed      every parameter's value (the line axes' values are in {@code line})
 * @param line       each line axis → its values in grid order (empty for a single point)
 */
public record SweepTask(int index, long firstPoint, PointValues fixed, Map<String, double[]> line) {

    public SweepTask {
        if (index < 0 || firstPoint < 0 || fixed == null) {
            throw new IllegalArgumentException("a sweep task has an index, a first point and its values");
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        line.forEach((k, v) -> copy.put(k, v.clone()));
        line = Collections.unmodifiableMap(copy);
    }

    /** The line axes' values (copies). */
    @Override
    public Map<String, double[]> line() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        line.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /** The number of points: the product of the line axes' lengths. */
    public int points() {
        int n = 1;
        for (double[] v : line.values()) {
            n *= v.length;
        }
        return n;
    }

    /** The point id of the point whose line-axis values are {@code values} (in the order of {@link #line()}). */
    public long pointOf(List<Double> values) {
        long offset = 0;
        int j = 0;
        for (double[] axis : line.values()) {
            int at = -1;
            double wanted = values.get(j++);
            for (int i = 0; i < axis.length; i++) {
                if (Double.compare(axis[i], wanted) == 0) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                throw new IllegalStateException("a row at " + wanted + " lies outside its line");
            }
            offset = offset * axis.length + at;
        }
        return firstPoint + offset;
    }
}
