package vcl.experiments.figures;

/**
 * How much of a figure to compute: {@code quick} (seconds to a minute here, labelled in the
 * title), {@code paper} (the paper's parameters), {@code tiny} (a smoke-test size for tests).
 */
public enum Preset {
    tiny, quick, paper;

    /** The value for this preset. */
    public <T> T pick(T tinyValue, T quickValue, T paperValue) {
        return switch (this) {
            case tiny -> tinyValue;
            case quick -> quickValue;
            case paper -> paperValue;
        };
    }

    public int pick(int tinyValue, int quickValue, int paperValue) {
        return pick(Integer.valueOf(tinyValue), Integer.valueOf(quickValue), Integer.valueOf(paperValue));
    }

    public double pick(double tinyValue, double quickValue, double paperValue) {
        return pick(Double.valueOf(tinyValue), Double.valueOf(quickValue), Double.valueOf(paperValue));
    }

    /** Title suffix: " (quick)", " (tiny)" or nothing for the paper preset. */
    public String label() {
        return this == paper ? "" : " (" + name() + ")";
    }
}
