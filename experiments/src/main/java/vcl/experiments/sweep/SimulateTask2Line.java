package vcl.experiments.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vcl.experiments.io.DataTable;
import vcl.experiments.simulate.Task2Simulate;
import vcl.experiments.simulate.Task2SimulateRequest;
import vcl.experiments.spec.Task2SimulateSpec;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task1Config;
import vcl.sim.run.Task2Config;

/**
 * {@code simulate task2} in a sweep: one call per line of (α2, r0) at fixed everything else, so that
 * task 1 is trained once per seed and shared by the line, as in the command (the line is the unit of
 * resumption and of shards, so its rows are those of the one command over the line's α2 and r0).
 */
final class SimulateTask2Line implements LineComputation {

    private static final List<Parameter> PARAMETERS = SimulateTask1Point.parameters(List.of(
            Parameter.required("alpha1", ParameterKind.REAL),
            Parameter.required("alpha2", ParameterKind.REAL),
            Parameter.required("r0", ParameterKind.REAL),
            Parameter.required("gamma", ParameterKind.REAL),
            Parameter.optional("epochs1", ParameterKind.INTEGER, null),
            Parameter.optional("lr1", ParameterKind.REAL, null)));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> columns() {
        return Task2Simulate.COLUMNS;
    }

    @Override
    public List<String> lineAxes() {
        return List.of("alpha2", "r0");
    }

    @Override
    public Supplier<DataTable> prepare(PointValues p, Map<String, double[]> line, Path folder) {
        double alpha1 = p.real("alpha1");
        double gamma = p.real("gamma");
        Task2SimulateSpec grid = new Task2SimulateSpec(alpha1, line.get("alpha2"), line.get("r0"), gamma,
                TrainingParameters.whole("seeds", p.integer("seeds")));
        Long epochs1 = p.integerOrNull("epochs1");
        Double lr1 = p.realOrNull("lr1");
        SgdConfig first = TrainingParameters.training(p, epochs1 == null ? p.integer("epochs") : epochs1,
                lr1 == null ? p.real("lr") : lr1);
        Task2SimulateRequest request = TrainingParameters.userInput(() -> new Task2SimulateRequest(grid,
                new Task2Config(new Task1Config(TrainingParameters.whole("n", p.integer("n")), alpha1,
                        p.real("beta-field"), first, 0, null, TrainingParameters.whole("test-size", p.integer("test-size"))),
                        grid.alpha2()[0], grid.r0()[0], gamma, TrainingParameters.training(p, p.integer("epochs"), p.real("lr"))),
                TrainingParameters.run(p), TrainingParameters.choices(p)));
        return () -> Task2Simulate.run(request, Discard.writer()).table();
    }
}
