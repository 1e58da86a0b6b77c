package vcl.sim.mlp;

/**
 * The inverse temperature β of the weight distributions (μ = tanh βθ) at each epoch of a whole
 * task sequence.
 */
public sealed interface BetaSchedule {

    /** β during epoch {@code epoch} (1-based, counted over all tasks) of {@code totalEpochs}. */
    double beta(int epoch, int totalEpochs);

    /** The paper's schedule for permuted streams, β = 10·tanh(0.1 + 2t/T). */
    BetaSchedule PAPER = new Tanh(10, 0.1, 2);

    /**
     * β = scale · tanh(offset + rate · t / T), rising from about scale·tanh(offset) to scale·tanh(offset + rate).
     *
     * @param scale  the β the schedule tends to
     * @param offset where the argument starts
     * @param rate   how far the argument moves over the whole sequence
     */
    record Tanh(double scale, double offset, double rate) implements BetaSchedule {
        public Tanh {
            if (!(scale > 0) || !Double.isFinite(scale) || !Double.isFinite(offset) || !Double.isFinite(rate)
                    || !(offset + Math.min(rate, 0) > 0)) {
                throw new IllegalArgumentException("β schedule " + scale + "·tanh(" + offset + " + " + rate
                        + "·t/T) must stay positive and finite");
            }
        }

        @Override
        public double beta(int epoch, int totalEpochs) {
            checkEpoch(epoch, totalEpochs);
            return scale * Math.tanh(offset + rate * epoch / totalEpochs);
        }

        @Override
        public String toString() {
            return scale + "*tanh(" + offset + "+" + rate + "*t/T)";
        }
    }

    /** β held at one value. */
    record Constant(double beta) implements BetaSchedule {
        public Constant {
            if (!(beta > 0) || !Double.isFinite(beta)) {
                throw new IllegalArgumentException("β must be positive and finite, got " + beta);
            }
        }

        @Override
        public double beta(int epoch, int totalEpochs) {
            checkEpoch(epoch, totalEpochs);
            return beta;
        }

        @Override
        public String toString() {
            return "constant " + beta;
        }
    }

    private static void checkEpoch(int epoch, int totalEpochs) {
        if (epoch < 1 || epoch > totalEpochs) {
            throw new IllegalArgumentException("epoch " + epoch + " outside 1.." + totalEpochs);
        }
    }
}
