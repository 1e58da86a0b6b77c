package vcl.experiments.sweep;

import java.util.ArrayList;
import java.util.List;
import vcl.experiments.spec.SolverSettings;

/** The solver options every {@code solve} line of a sweep takes, with the command line's defaults. */
final class SolverParameters {

    private static final List<Parameter> SOLVER = List.of(
            Parameter.optional("tolerance", ParameterKind.REAL, 1e-10),
            Parameter.optional("max-iterations", ParameterKind.INTEGER, 400L),
            Parameter.optional("all-branches", ParameterKind.SWITCH, false));

    private SolverParameters() {
    }

    /** A command's own parameters followed by the solver's. */
    static List<Parameter> with(Parameter... own) {
        List<Parameter> all = new ArrayList<>(List.of(own));
        all.addAll(SOLVER);
        return List.copyOf(all);
    }

    /** The solver settings of one point. */
    static SolverSettings of(PointValues p) {
        return new SolverSettings(p.real("tolerance"), Math.toIntExact(p.integer("max-iterations")),
                p.flag("all-branches"));
    }
}
