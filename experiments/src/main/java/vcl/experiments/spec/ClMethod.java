package vcl.experiments.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The continual-learning methods of {@code vcl cl run --method}. A new method is one constant here
 * and the arm of {@code vcl.experiments.cl.Learners} that builds its learner (the compiler asks for it).
 */
public enum ClMethod {
    /** The paper's variational binary MLP: field-space Adam with the KL prior and the β schedule. */
    VCL("vcl", "the variational binary MLP with the KL prior and the beta schedule (the paper's method)"),
    /** Laborieux et al.'s binarized network with metaplastic Adam (f_meta = 1 − tanh²(m·|W_h|)). */
    META("meta", "the binarized network with metaplastic Adam, m from --meta-m (Laborieux et al. 2021)"),
    /** The same binarized network with plain Adam (m = 0): the catastrophic-forgetting reference. */
    BNN("bnn", "the binarized network with plain Adam (meta with m = 0)"),
    /** Elastic weight consolidation on the real-valued network: Adam with a diagonal-Fisher penalty. */
    EWC("ewc", "elastic weight consolidation on the real-valued network (diagonal Fisher, --ewc-lambda)");

    private final String id;
    private final String description;

    ClMethod(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name on the command line and in the {@code method} column. */
    public String id() {
        return id;
    }

    /** One line for the help text. */
    public String description() {
        return description;
    }

    /** The names of all methods, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(ClMethod::id).collect(Collectors.joining(", "));
    }

    /** The method named {@code text}; a {@link UserInputException} about {@code --method} otherwise. */
    public static ClMethod parse(String text) {
        for (ClMethod m : values()) {
            if (m.id.equals(text)) {
                return m;
            }
        }
        throw new UserInputException("--method", "one of " + names(), "'" + text + "'");
    }
}
