package vcl.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vcl.experiments.io.DataTable;
import vcl.experiments.solve.Task1Solve;
import vcl.experiments.spec.PriorChoice;
import vcl.experiments.spec.SolverSettings;
import vcl.experiments.spec.Task1SolveSpec;

/** {@code solve task1} in a sweep: one call per line of loads α, solved by continuation along α (both branches). */
final class SolveTask1Line implements LineComputation {

    private static final List<Parameter> PARAMETERS = SolverParameters.with(
            Parameter.required("alpha", ParameterKind.REAL),
            Parameter.optional("beta", ParameterKind.REAL, 20.0),
            Parameter.optional("prior", ParameterKind.TEXT, "flat"),
            Parameter.optional("entropy-k", ParameterKind.REAL, null),
            Parameter.optional("qstar-fixed", ParameterKind.REAL, null));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> columns() {
        return Task1Solve.COLUMNS;
    }

    @Override
    public List<String> lineAxes() {
        return List.of("alpha");
    }

    @Override
    public Supplier<DataTable> prepare(PointValues p, Map<String, double[]> line, Path folder) {
        SolverSettings solver = SolverParameters.of(p);
        Task1SolveSpec spec = new Task1SolveSpec(line.get("alpha"), p.real("beta"), PriorChoice.parse(p.text("prior")),
                p.realOrNull("entropy-k"), p.realOrNull("qstar-fixed"), false, solver);
        return () -> Task1Solve.run(spec, Discard.writer()).table();
    }
}
