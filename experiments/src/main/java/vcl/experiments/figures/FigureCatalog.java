package vcl.experiments.figures;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The figures of the paper that {@code vcl figure} can reproduce. */
public final class FigureCatalog {

    private static final List<FigureDefinition> FIGURES = java.util.stream.Stream.of(
            List.<FigureDefinition>of(new Figure1a(), Figure1bc.forgetting(), Figure1bc.learning(), new Figure2a(),
                    new Figure2b(), new Figure2c(), new Figure2d()),
            Figure3.all(), List.<FigureDefinition>of(new FigureA1())).flatMap(List::stream).toList();

    private FigureCatalog() {
    }

    public static List<FigureDefinition> all() {
        return FIGURES;
    }

    public static Optional<FigureDefinition> find(String id) {
        return FIGURES.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The valid ids, comma separated (for error messages). */
    public static String ids() {
        return FIGURES.stream().map(FigureDefinition::id).collect(Collectors.joining(", "));
    }
}
