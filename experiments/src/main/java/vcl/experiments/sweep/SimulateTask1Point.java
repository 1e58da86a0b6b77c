package vcl.experiments.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vcl.experiments.io.DataTable;
import vcl.experiments.simulate.Task1Simulate;
import vcl.experiments.simulate.Task1SimulateRequest;
import vcl.experiments.spec.QStarRamp;
import vcl.experiments.spec.Task1SimulateSpec;
import vcl.sim.run.Task1Config;

/**
 * {@code simulate task1} in a sweep: one call per point. Seed k of a point is split k of its master
 * seed, as in the command, so a point's rows do not depend on the other points of the sweep.
 */
final class SimulateTask1Point implements LineComputation {

    private static final List<Parameter> PARAMETERS = parameters(List.of(
            Parameter.required("alpha", ParameterKind.REAL),
            Parameter.optional("entropy-prior", ParameterKind.REAL, 0.0),
            Parameter.optional("qstar-ramp", ParameterKind.TEXT, null)));

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<String> columns() {
        return Task1Simulate.COLUMNS;
    }

    @Override
    public List<String> lineAxes() {
        return List.of();
    }

    @Override
    public Supplier<DataTable> prepare(PointValues p, Map<String, double[]> line, Path folder) {
        double alpha = p.real("alpha");
        Task1SimulateSpec grid = new Task1SimulateSpec(new double[] {alpha},
                TrainingParameters.whole("seeds", p.integer("seeds")));
        QStarRamp ramp = QStarRamp.parse(p.text("qstar-ramp"));
        Task1SimulateRequest request = TrainingParameters.userInput(() -> new Task1SimulateRequest(grid,
                new Task1Config(TrainingParameters.whole("n", p.integer("n")), alpha, p.real("beta-field"),
                        TrainingParameters.training(p, p.integer("epochs"), p.real("lr")), p.real("entropy-prior"),
                        QStarRamp.scheduleOf(ramp), TrainingParameters.whole("test-size", p.integer("test-size"))),
                ramp, TrainingParameters.run(p), TrainingParameters.choices(p)));
        return () -> Task1Simulate.run(request, Discard.writer()).table();
    }

    static List<Parameter> parameters(List<Parameter> own) {
        List<Parameter> all = new ArrayList<>(own);
        all.addAll(TrainingParameters.SHARED);
        return List.copyOf(all);
    }
}
