package vcl.experiments.figures;

import vcl.sim.run.EpochRecord;
import vcl.theory.franzparisi.Task2Solution;

/**
 * The two generalization errors after task 2: ε_g¹ on the first teacher (forgetting) and ε_g² on
 * the second (learning), read from a theory solution or a simulation record.
 */
enum Task2Observable {
    FORGETTING("ε_g^1", "eps_g1"),
    LEARNING("ε_g^2", "eps_g2");

    private final String label;
    private final String key;

    Task2Observable(String label, String key) {
        this.label = label;
        this.key = key;
    }

    /** Axis label with the plot syntax for sub- and superscripts. */
    String label() {
        return label;
    }

    /** Name used in JSON keys. */
    String key() {
        return key;
    }

    double of(Task2Solution s) {
        return this == FORGETTING ? s.epsG1() : s.epsG2();
    }

    double of(EpochRecord r) {
        return this == FORGETTING ? r.epsG1() : r.epsG2();
    }
}
