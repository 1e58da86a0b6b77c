package vcl.experiments.figures;

/** One figure of the paper: its id, what it shows, and how to compute it for a preset. */
public interface FigureDefinition {

    /** The id used on the command line, e.g. {@code 2b}. */
    String id();

    /** One line: what the figure shows. */
    String title();

    /** What the presets compute (shown by {@code vcl figure --list}). */
    String presets();

    /** Computes the figure. */
    FigureResult build(Preset preset, FigureContext context);
}
