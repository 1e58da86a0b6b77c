package vcl.experiments.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * One axis of a sweep's grid: a parameter and its values, or a zip of parameters whose lists
 * advance together (the i-th values of each form the i-th step of the axis).
 *
 * @param names  the parameters, one unless zipped
 * @param values the steps: each a list with one value per name, normalised to the parameters' kinds
 */
public record Axis(List<String> names, List<List<Object>> values) {

    public Axis {
        names = List.copyOf(names);
        if (names.isEmpty() || values.isEmpty()) {
            throw new IllegalArgumentException("an axis has parameters and at least one value");
        }
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> step : values) {
            if (step.size() != names.size()) {
                throw new IllegalArgumentException("an axis step has one value per parameter");
            }
            copy.add(List.copyOf(step));
        }
        values = List.copyOf(copy);
    }

    /** The number of steps. */
    public int size() {
        return values.size();
    }

    /** Whether the axis zips several parameters. */
    public boolean zipped() {
        return names.size() > 1;
    }
}
