package vcl.experiments.figures;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vcl.plots.FigureSpec;

/**
 * A computed figure: what to draw, every plotted number, every parameter and seed, the
 * theory–simulation distance (mean |Δε| over the shared α) where both are present, and the
 * agreement point by point with the disagreements flagged.
 */
public record FigureResult(FigureSpec figure, FigureData data, Map<String, Object> parameters,
        OptionalDouble theorySimulationDistance, Optional<Agreement> agreement) {

    public FigureResult {
        agreement = agreement == null ? Optional.empty() : agreement;
    }

    /** A figure without a point-by-point agreement. */
    public FigureResult(FigureSpec figure, FigureData data, Map<String, Object> parameters,
            OptionalDouble theorySimulationDistance) {
        this(figure, data, parameters, theorySimulationDistance, Optional.empty());
    }
}
