package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import vcl.experiments.cl.ClResult;
import vcl.experiments.spec.ClMethod;
import vcl.experiments.spec.ClRunSpec;
import vcl.plots.FigureSpec;
import vcl.plots.PanelSpec;
import vcl.sim.images.TaskStream;
import vcl.sim.mlp.BetaSchedule;

/**
 * Figure 5: MNIST then Fashion-MNIST: the test accuracy of both tasks against the epoch, one panel
 * per method (the paper's variational rule, metaplasticity, …), and ACC/BWT per method with error
 * bars over seeds. The methods are listed by their {@code --method} names in {@link #METHODS}.
 */
final class Figure5 extends PaperFigure {

    /** The methods compared, by command-line name (a method is one more name here). */
    static final List<String> METHODS = Figure4.METHODS;

    /** Panel width (points) of a figure with fewer than three columns: room for the title and the legend beside the plot. */
    static final double WIDE_PANEL = 1000;

    /** The paper's β for this stream: 10·tanh(0.1 + t/T). */
    static final BetaSchedule BETA = new BetaSchedule.Tanh(ClRunSpec.BETA_SCALE, ClRunSpec.BETA_OFFSET, 1);

    Figure5() {
        super("5", "MNIST then Fashion-MNIST: accuracy of both tasks vs epoch and ACC/BWT per method ("
                + String.join(", ", METHODS) + ")",
                "quick: 10 + 10 epochs of 100 batches of 64, 2 seeds (measured 3 min 17 s for vcl and meta on 2"
                + " threads); paper: 40 + 40 epochs of 500 batches of 64, lr 0.005, 3 seeds (measured per epoch with"
                + " evaluation: vcl about 5 s, meta about 7 s, so about 20 + 28 min)");
    }

    /** The protocol of a preset (figures.md, row 5). */
    static DeepRuns.Protocol protocol(Preset preset) {
        TaskStream s = TaskStream.MNIST_FMNIST;
        return switch (preset) {
            case tiny -> new DeepRuns.Protocol(s, 2, 3, 2, TinyImageData.TRAIN, 32, 16, 0.05, BETA, List.of(32, 32),
                    true);
            case quick -> new DeepRuns.Protocol(s, 2, 10, 2, ClRunSpec.PAPER_TRAIN_SIZE, 64, 100, 0.005, BETA,
                    List.of(512, 512), false);
            case paper -> new DeepRuns.Protocol(s, 2, 40, 3, ClRunSpec.PAPER_TRAIN_SIZE, 64, 500, 0.005, BETA,
                    List.of(512, 512), false);
        };
    }

    @Override
    public FigureResult build(Preset preset, FigureContext context) {
        DeepRuns.Protocol protocol = protocol(preset);
        List<ClMethod> methods = DeepRuns.methods(METHODS);
        Map<ClMethod, ClResult> runs = DeepRuns.run(id(), methods, protocol, context);
        List<String> tasks = List.of("MNIST", "Fashion-MNIST");
        FigureData data = new FigureData();
        List<PanelSpec> panels = new ArrayList<>();
        char tag = 'a';
        for (ClMethod m : methods) {
            panels.add(DeepPanels.accuracy(data, m.id(), "(" + tag++ + ")", runs.get(m), m, tasks));
        }
        panels.add(DeepPanels.metrics(data, "ACC BWT", "(" + tag + ")", methods, List.copyOf(runs.values())));
        FigureSpec figure = FigureSpec.row(panels.toArray(new PanelSpec[0])).withTitle("Fig. 5" + preset.label()
                + ": MNIST then Fashion-MNIST, " + protocol.epochsPerTask() + " + " + protocol.epochsPerTask()
                + " epochs, " + DeepPanels.styles(protocol.seeds()))
                .withPanelSize(WIDE_PANEL, FigureSpec.DEFAULT_PANEL_HEIGHT);
        Map<String, Object> params = DeepFigureNotes.parameters(protocol, methods, runs, preset,
                "quick preset: 10 + 10 epochs instead of 40 + 40 (the beta schedule spans the shorter stream),"
                + " 100 batches of 64 an epoch instead of 500, 2 seeds instead of 3");
        return new FigureResult(figure, data, params, OptionalDouble.empty());
    }
}
