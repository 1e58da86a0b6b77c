package vcl.experiments.solve;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vcl.theory.replica.BranchPoint;

/** Which solved rows a {@code solve} command prints: all, or the stable one of each load. */
final class ShownRows {

    private ShownRows() {
    }

    /**
     * All rows with {@code allBranches}, else the stable row of each load, the metastable ones being
     * reported on {@code err} so that they are never hidden.
     */
    static <S extends BranchPoint<S>> List<S> of(List<S> rows, boolean allBranches, Function<S, String> where,
            PrintWriter err) {
        if (allBranches) {
            return rows;
        }
        List<S> out = new ArrayList<>();
        for (S s : rows) {
            if (s.branch().stable()) {
                out.add(s);
            } else {
                err.printf(Locale.ROOT, "%s: a second solution coexists (%s, free entropy %.10g, below the stable one's); "
                        + "--all-branches prints it%n", where.apply(s), s.branch().label(), s.phi());
            }
        }
        err.flush();
        return out;
    }
}
