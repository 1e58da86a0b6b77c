package vcl.experiments.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The optional last column {@code replicon} of {@code solve task1} and {@code solve task2} (option
 * {@code --replicon}): the replicon eigenvalue λ_R of the row's replica-symmetric saddle point, which
 * is RS-stable while λ_R > 0. NaN where it is not defined (a row outside the interior of the physical
 * domain). The rows' values are computed in parallel, each into its own slot.
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

    /** λ_R of every row when asked for (else nothing is computed and the array is empty). */
    static <S> double[] values(List<S> rows, boolean shown, ToDoubleFunction<S> lambda) {
        if (!shown) {
            return new double[0];
        }
        double[] out = new double[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            try {
                out[i] = lambda.applyAsDouble(rows.get(i));
            } catch (IllegalArgumentException notInterior) {
                out[i] = Double.NaN;
            }
        });
        return out;
    }

    /** The row's cells, with row i's λ_R appended when asked for. */
    static Object[] row(Object[] cells, double[] values, int i) {
        if (values.length == 0) {
            return cells;
        }
        Object[] out = Arrays.copyOf(cells, cells.length + 1);
        out[cells.length] = values[i];
        return out;
    }
}
