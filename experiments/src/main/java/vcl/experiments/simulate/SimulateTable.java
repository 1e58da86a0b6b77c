package vcl.experiments.simulate;

import java.util.Map;
import vcl.experiments.io.DataTable;

/**
 * The rows of a {@code simulate} command and their provenance.
 *
 * @param table      the rows, in the contract's columns
 * @param provenance version, command, parameters, master seed and run seeds
 * @param divergedRuns how many runs diverged (their rows say {@code diverged=true}; the command exits with 3)
 */
public record SimulateTable(DataTable table, Map<String, Object> provenance, int divergedRuns) {

    /** A result where no run diverged. */
    public SimulateTable(DataTable table, Map<String, Object> provenance) {
        this(table, provenance, 0);
    }

    public SimulateTable {
        if (table == null || provenance == null) {
            throw new IllegalArgumentException("a simulation result has rows and provenance");
        }
    }
}
