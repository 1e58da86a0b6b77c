package vcl.sim.images;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The image data sets the deep learners are trained on; the id is also their folder under the data root. */
public enum DataSetKind {
    /** Handwritten digits (LeCun, Cortes, Burges): 60 000 training and 10 000 test images, 28×28. */
    MNIST("mnist"),
    /** Zalando's article images (Xiao, Rasul, Vollgraf): 60 000 training and 10 000 test images, 28×28. */
    FASHION_MNIST("fashion-mnist");

    private final String id;

    DataSetKind(String id) {
        this.id = id;
    }

    /** The name on the command line and of the sub-directory under the data root. */
    public String id() {
        return id;
    }

    /** The kind whose {@link #id()} is {@code text}. */
    public static DataSetKind parse(String text) {
        for (DataSetKind kind : values()) {
            if (kind.id.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + text + "', expected one of "
                + Arrays.stream(values()).map(DataSetKind::id).collect(Collectors.joining(", ")));
    }
}
