package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures {@code vcl figure} can reproduce, in the order {@code vcl figure --list} shows them.
 * Adding a figure is one class implementing {@link FigureDefinition} and one entry in {@link #PAPER};
 * {@link #with} gives an extended copy (tests render figures of their own the same way).
 *
 * @param figures the figures; ids are distinct (compared ignoring case)
 */
public record FigureCatalog(List<FigureDefinition> figures) {

    /** The figures of the paper. */
    public static final FigureCatalog PAPER = new FigureCatalog(Stream.of(
            List.<FigureDefinition>of(new Figure1a(), Figure1bc.forgetting(), Figure1bc.learning(), new Figure2a(),
                    new Figure2b(), new Figure2c(), new Figure2d()),
            Figure3.all(),
            List.<FigureDefinition>of(new FigureA1(), Figure4.mnist(), Figure4.fashion(), new Figure5()),
            List.<FigureDefinition>of(new FigurePhaseDiagram(), new FigureGibbs(), new FigurePotential(),
                    new FigurePotentialPoor()))
            .flatMap(List::stream).toList());

    public FigureCatalog {
        figures = List.copyOf(figures);
        var seen = new HashSet<String>();
        for (FigureDefinition f : figures) {
            if (!seen.add(f.id().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("figure " + f.id() + " is in the catalog twice");
            }
        }
    }

    /** This catalog and {@code more} after it. */
    public FigureCatalog with(FigureDefinition... more) {
        List<FigureDefinition> all = new ArrayList<>(figures);
        all.addAll(List.of(more));
        return new FigureCatalog(all);
    }

    /** The figure with this id (ignoring case). */
    public Optional<FigureDefinition> find(String id) {
        return figures.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The valid ids, comma separated (for error messages). */
    public String ids() {
        return figures.stream().map(FigureDefinition::id).collect(Collectors.joining(", "));
    }

    /** What {@code vcl figure --list} prints: each id, its title and its presets. */
    public String listing() {
        StringBuilder s = new StringBuilder();
        for (FigureDefinition f : figures) {
            s.append(String.format("%-4s %s%n     presets: %s%n", f.id(), f.title(), f.presets()));
        }
        return s.toString();
    }
}
