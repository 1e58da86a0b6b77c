package vcl.experiments.figures;

import java.util.Map;
import java.util.OptionalDouble;
import vcl.plots.FigureSpec;

/**
 * A computed figure: what to draw, every plotted number, every parameter and seed, and the
 * theory–simulation distance (mean |Δε| over the shared α) where both are present.
 */
public record FigureResult(FigureSpec figure, FigureData data, Map<String, Object> parameters,
        OptionalDouble theorySimulationDistance) {
}
