package vcl.experiments.spec;

/** What the simulation grids check alike. */
final class SimulateSpecs {

    private SimulateSpecs() {
    }

    /**
     * A count of a simulation ({@code --seeds}, {@code --n}, {@code --epochs}), at least 1, worded
     * as the simulation's own counts are (">= 1").
     */
    static int count(String option, int value) {
        if (value < 1) {
            throw new UserInputException(option, ">= 1", Integer.toString(value));
        }
        return value;
    }
}
