package vcl.cli;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * The solvers sweep their loads by continuation in increasing order and solve each load once, so
 * their rows come sorted and without duplicates; when the user's list was in another order or had
 * duplicates, one note on stderr says so (the data stay clean).
 */
final class SortedLoads {

    private SortedLoads() {
    }

    /** Notes on {@code err} when {@code values} of {@code option} are not already increasing and distinct. */
    static void note(String option, double[] values, PrintWriter err) {
        double[] sorted = Arrays.stream(values).distinct().sorted().toArray();
        if (!Arrays.equals(sorted, values)) {
            err.println("vcl: note: " + option + " is solved in increasing order, each value once: the rows are"
                    + " sorted and deduplicated (" + values.length + " values given, " + sorted.length + " rows per"
                    + " curve)");
            err.flush();
        }
    }
}
