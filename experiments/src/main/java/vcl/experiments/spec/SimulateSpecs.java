package vcl.experiments.spec;

/** What the simulation grids check alike. */
final class SimulateSpecs {

    private SimulateSpecs() {
    }

    /** The number of seeds, at least 1, worded as the simulation's own counts are (">= 1"). */
    static int seeds(int seeds) {
        if (seeds < 1) {
            throw new UserInputException("--seeds", ">= 1", Integer.toString(seeds));
        }
        return seeds;
    }
}
