package vcl.sim.mlp;

import java.util.List;

/**
 * Layer widths of a multi-layer perceptron, input first: {@code [784, 512, 512, 10]} is the paper's
 * network (two hidden ReLU layers, a softmax output, no biases).
 *
 * @param widths at least two widths, each positive
 */
public record MlpShape(List<Integer> widths) {

    /** The paper's network for 28×28 images and 10 classes. */
    public static final MlpShape PAPER = new MlpShape(List.of(784, 512, 512, 10));

    public MlpShape {
        widths = List.copyOf(widths);
        if (widths.size() < 2) {
            throw new IllegalArgumentException("a network needs an input and an output width, got " + widths);
        }
        for (int w : widths) {
            if (w < 1) {
                throw new IllegalArgumentException("layer widths must be positive, got " + widths);
            }
        }
    }

    /** Shape with the given input and output widths and these hidden widths in between. */
    public static MlpShape of(int in, List<Integer> hidden, int out) {
        var all = new java.util.ArrayList<Integer>();
        all.add(in);
        all.addAll(hidden);
        all.add(out);
        return new MlpShape(all);
    }

    /** Number of weight layers. */
    public int layers() {
        return widths.size() - 1;
    }

    /** Input width of weight layer {@code l} (0-based). */
    public int in(int l) {
        return widths.get(l);
    }

    /** Output width of weight layer {@code l} (0-based). */
    public int out(int l) {
        return widths.get(l + 1);
    }

    /** Total number of weights. */
    public long weights() {
        long n = 0;
        for (int l = 0; l < layers(); l++) {
            n += (long) in(l) * out(l);
        }
        return n;
    }

    /**
     * Checks that a state of shape {@code stateShape} belongs to a network of this shape and that
     * {@code images} fit it (pixels = input width, classes = output width).
     */
    public void requireFits(MlpShape stateShape, vcl.sim.images.ImageSet images) {
        if (!stateShape.equals(this)) {
            throw new IllegalArgumentException("state of a " + stateShape + " network given to a " + this + " one");
        }
        if (images.dim() != in(0) || images.classes() != out(layers() - 1)) {
            throw new IllegalArgumentException(images.name() + ": " + images.dim() + " pixels and " + images.classes()
                    + " classes do not fit a " + this + " network");
        }
    }

    @Override
    public String toString() {
        return widths.stream().map(String::valueOf).reduce((a, b) -> a + "-" + b).orElse("");
    }
}
