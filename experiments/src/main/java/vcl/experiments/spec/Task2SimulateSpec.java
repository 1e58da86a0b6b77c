package vcl.experiments.spec;

/**
 * The grid of {@code vcl simulate task2}, validated once: the training settings of one run are
 * checked by the simulation's own specs.
 *
 * @param alpha1 load of task 1, a finite number &gt; 0
 * @param alpha2 loads of task 2, each a finite number &gt; 0
 * @param r0     overlaps of the two teachers, each in [−1, 1]
 * @param gamma  strength of the KL to the task-1 fields, a finite number ≥ 0
 * @param seeds  independent runs per point, at least 1
 */
public record Task2SimulateSpec(double alpha1, double[] alpha2, double[] r0, double gamma, int seeds) {

    public Task2SimulateSpec {
        Range.positive(Double.POSITIVE_INFINITY).check("--alpha1", alpha1);
        alpha2 = Range.positive(Double.POSITIVE_INFINITY).checkAll("--alpha2", alpha2);
        r0 = Range.closed(-1, 1).checkAll("--r0", r0);
        Range.nonNegative(Double.POSITIVE_INFINITY).check("--gamma", gamma);
        seeds = SimulateSpecs.count("--seeds", seeds);
    }

    /** Parses the LISTs of task-2 loads and overlaps. */
    public static Task2SimulateSpec of(double alpha1, String alpha2List, String r0List, double gamma, int seeds) {
        return new Task2SimulateSpec(alpha1, ValueList.parse("--alpha2", alpha2List), ValueList.parse("--r0", r0List),
                gamma, seeds);
    }

    /** The task-2 loads (a copy). */
    @Override
    public double[] alpha2() {
        return alpha2.clone();
    }

    /** The teacher overlaps (a copy). */
    @Override
    public double[] r0() {
        return r0.clone();
    }
}
