package vcl.sim.images;

import java.util.Objects;

/**
 * A data set as published: its training and its test images, of the same size and classes.
 *
 * @param kind  which data set
 * @param train the training images (60 000 for MNIST and Fashion-MNIST)
 * @param test  the test images (10 000)
 */
public record DataSet(DataSetKind kind, ImageSet train, ImageSet test) {

    public DataSet {
        Objects.requireNonNull(kind, "kind");
        if (train.rows() != test.rows() || train.cols() != test.cols() || train.classes() != test.classes()) {
            throw new IllegalArgumentException(kind.id() + ": training images " + train.rows() + "×" + train.cols()
                    + " with " + train.classes() + " classes, test images " + test.rows() + "×" + test.cols()
                    + " with " + test.classes());
        }
    }
}
