package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import vcl.experiments.cl.ClResult;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;

/**
 * Figure 4: permuted MNIST (figure 4f: permuted Fashion-MNIST), 5 tasks × 5 epochs: the test
 * accuracy of every task against the epoch, one panel per method (the paper's variational rule,
 * metaplasticity, …), and what a reader of the paper wants besides: the final accuracy matrix R of
 * each method as a heat map, and ACC/BWT per method with error bars over seeds. The methods are
 * listed by their {@code --method} names in {@link #METHODS}.
 */
final class Figure4 extends PaperFigure {

    /** The methods compared, by command-line name (a method is one more name here). */
    static final List<String> METHODS = List.of("vcl", "meta");

    private final TaskStream stream;
    private final String dataName;

    private Figure4(String id, TaskStream stream, String data) {
        super(id, data + ", 5 tasks x 5 epochs: accuracy of every task vs epoch, R heat map and ACC/BWT per method ("
                + String.join(", ", METHODS) + ")",
                "quick: 5 x 5 epochs of 100 batches of 64, 2 seeds (measured 6 min 44 s for vcl and meta on 2"
                + " threads); paper: 5 x 5 epochs of 500 batches of 64, 3 seeds (measured per epoch with evaluation"
                + " on 2 threads: vcl 7-8 s, meta 11-12 s, so about 10 + 15 min)");
        this.stream = stream;
        this.dataName = data;
    }

    static Figure4 mnist() {
        return new Figure4("4", TaskStream.PERMUTED_MNIST, "permuted MNIST");
    }

    static Figure4 fashion() {
        return new Figure4("4f", TaskStream.PERMUTED_FMNIST, "permuted Fashion-MNIST");
    }

    /** The protocol of a preset (figures.md, row 4). */
    DeepRuns.Protocol protocol(Preset preset) {
        return switch (preset) {
            case tiny -> new DeepRuns.Protocol(stream, 3, 3, 2, TinyImageData.TRAIN, 32, 16, 0.05, BetaSchedule.PAPER,
                    List.of(32, 32), true);
            case quick -> new DeepRuns.Protocol(stream, 5, 5, 2, ClRunSpec.PAPER_TRAIN_SIZE, 64, 100, 0.01,
                    BetaSchedule.PAPER, List.of(512, 512), false);
            case paper -> new DeepRuns.Protocol(stream, 5, 5, 3, ClRunSpec.PAPER_TRAIN_SIZE, 64, 500, 0.01,
                    BetaSchedule.PAPER, List.of(512, 512), false);
        };
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        DeepRuns.Protocol protocol = protocol(preset);
        List<ClMethod> methods = DeepRuns.methods(METHODS);
        Map<ClMethod, ClResult> runs = DeepRuns.run(id(), methods, protocol, context);
        List<String> tasks = IntStream.rangeClosed(1, protocol.tasks()).mapToObj(t -> "task " + t).toList();
        FigureData data = new FigureData();
        List<PanelSpec> curves = new ArrayList<>();
        List<PanelSpec> matrices = new ArrayList<>();
        char tag = 'a';
        for (ClMethod m : methods) {
            curves.add(DeepPanels.accuracy(data, m.id(), "(" + tag++ + ")", runs.get(m), m, tasks));
        }
        for (ClMethod m : methods) {
            matrices.add(DeepPanels.matrix(data, "R " + m.id(), "(" + tag++ + ")", runs.get(m), m));
        }
        List<PanelSpec> panels = new ArrayList<>(curves);
        panels.addAll(matrices);
        panels.add(DeepPanels.metrics(data, "ACC BWT", "(" + tag + ")", methods, List.copyOf(runs.values())));
        int columns = methods.size() == 1 ? 3 : methods.size();
        FigureSpec figure = new FigureSpec("Fig. " + id() + preset.label() + ": " + dataName + ", "
                + protocol.tasks() + " × " + protocol.epochsPerTask() + " epochs, "
                + DeepPanels.styles(protocol.seeds()), panels, columns,
                columns >= 3 ? FigureSpec.DEFAULT_PANEL_WIDTH : Figure5.WIDE_PANEL, FigureSpec.DEFAULT_PANEL_HEIGHT,
                FigureSpec.DEFAULT_PNG_SCALE);
        Map<String, Object> params = DeepFigureNotes.parameters(protocol, methods, runs, preset,
                "quick preset: 100 batches of 64 an epoch instead of 500, 2 seeds instead of 3; the rest as the paper");
        return new FigureResult(figure, data, params, OptionalDouble.empty());
    }
}
