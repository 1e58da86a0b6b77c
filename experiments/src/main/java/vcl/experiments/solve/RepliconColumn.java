package vcl.experiments.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * The optional last column {@code replicon} of {@code solve task1} and {@code solve task2} (option
 * {@code --replicon}): the replicon eigenvalue λ_R of the row's replica-symmetric saddle point, which
 * is RS-stable while λ_R > 0. NaN where it is not defined (a row outside the interior of the physical
 * domain).
 */
final class RepliconColumn {

    static final String NAME = "replicon";

    private RepliconColumn() {
    }

    /** The contract's columns, with {@code replicon} appended when asked for. */
    static List<String> columns(List<String> base, boolean shown) {
        if (!shown) {
            return base;
        }
        List<String> out = new ArrayList<>(base);
        out.add(NAME);
        return List.copyOf(out);
    }

    /** The row's cells, with λ_R appended when asked for. */
    static Object[] row(Object[] cells, boolean shown, DoubleSupplier lambda) {
        if (!shown) {
            return cells;
        }
        Object[] out = Arrays.copyOf(cells, cells.length + 1);
        double value;
        try {
            value = lambda.getAsDouble();
        } catch (IllegalArgumentException notInterior) {
            value = Double.NaN;
        }
        out[cells.length] = value;
        return out;
    }
}
