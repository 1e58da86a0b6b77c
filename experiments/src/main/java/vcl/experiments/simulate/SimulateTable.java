package vcl.experiments.simulate;

import java.util.Map;
import vcl.experiments.io.DataTable;

/**
 * The rows of a {@code simulate} command and their provenance.
 *
 * @param table      the rows, in the contract's columns
 * @param provenance version, command, parameters, master seed and run seeds
 */
public record SimulateTable(DataTable table, Map<String, Object> provenance) {

    public SimulateTable {
        if (table == null || provenance == null) {
            throw new IllegalArgumentException("a simulation result has rows and provenance");
        }
    }
}
