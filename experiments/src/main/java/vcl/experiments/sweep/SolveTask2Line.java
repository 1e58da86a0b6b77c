package vcl.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vcl.experiments.io.DataTable;
import vcl.experiments.solve.Task2Solve;
import vcl.experiments.spec.SolverSettings;
import vcl.experiments.spec.Task2SolveSpec;

/**
 * {@code solve task2} in a sweep: one call per line of loads α2 at fixed (α1, β, γ, r0), solved by
 * continuation along α2 (both branches). The rows carry the {@code branch} column.
 */
final class SolveTask2Line implements LineComputation {

    private static final List<Parameter> PARAMETERS = SolverParameters.with(
            Parameter.required("alpha1", ParameterKind.REAL),
            Parameter.optional("beta", ParameterKind.REAL, 20.0),
            Parameter.required("gamma", ParameterKind.REAL),
            Parameter.required("r0", ParameterKind.REAL),
            Parameter.required("alpha2", ParameterKind.REAL));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> columns() {
        return Task2Solve.COLUMNS;
    }

    @Override
    public List<String> lineAxes() {
        return List.of("alpha2");
    }

    @Override
    public Supplier<DataTable> prepare(PointValues p, Map<String, double[]> line, Path folder) {
        SolverSettings solver = SolverParameters.of(p);
        Task2SolveSpec spec = new Task2SolveSpec(p.real("alpha1"), p.real("beta"), p.real("gamma"),
                new double[] {p.real("r0")}, line.get("alpha2"), false, solver);
        return () -> Task2Solve.run(spec, Discard.writer()).table();
    }
}
