package vcl.sim.images;

/**
 * One task of a continual-learning stream: a training set, a test set, and the pixel order both
 * are seen in (a permutation for permuted streams, null for the identity).
 *
 * @param name       e.g. "permuted-fmnist task 3" or "mnist"
 * @param train      training images (already cut to the training subset)
 * @param test       test images
 * @param pixelOrder pixel j of what the learner sees is pixel {@code pixelOrder[j]} of the image; null = identity
 */
public record ImageTask(String name, ImageSet train, ImageSet test, int[] pixelOrder) {

    public ImageTask {
        if (train.dim() != test.dim() || train.classes() != test.classes()) {
            throw new IllegalArgumentException(name + ": training and test images differ in size or classes");
        }
        if (pixelOrder != null && pixelOrder.length != train.dim()) {
            throw new IllegalArgumentException(name + ": pixel order of length " + pixelOrder.length
                    + " for images of " + train.dim() + " pixels");
        }
    }

    /** Pixels per image, the input width of a network learning this task. */
    public int dim() {
        return train.dim();
    }

    /** Number of classes, the output width of a network learning this task. */
    public int classes() {
        return train.classes();
    }
}
