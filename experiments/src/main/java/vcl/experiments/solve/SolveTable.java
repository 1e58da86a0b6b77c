package vcl.experiments.solve;

import java.util.Map;
import vcl.experiments.io.DataTable;

/**
 * The rows of a {@code solve} command, their provenance, and whether every shown point converged.
 *
 * @param table      the rows, in the contract's columns
 * @param provenance version, command, parameters, time
 * @param converged  whether every shown row converged (else the command exits with 3)
 */
public record SolveTable(DataTable table, Map<String, Object> provenance, boolean converged) {
}
