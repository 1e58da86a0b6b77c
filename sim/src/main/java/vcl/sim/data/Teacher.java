package vcl.sim.data;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A binary teacher perceptron {@code w* ∈ {±1}^N}; it labels an input by
 * {@code y = sign(w*·ξ)} with {@code sign(0) = +1}.
 */
public final class Teacher {

    private final int n;
    private final long[] bits;

    private Teacher(int n, long[] bits) {
        this.n = n;
        this.bits = bits;
    }

    /** A teacher with i.i.d. uniform ±1 weights. */
    public static Teacher random(int n, UniformRandomProvider rng) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        long[] bits = new long[SpinWords.words(n)];
        SpinWords.fillRandom(bits, 0, n, rng);
        return new Teacher(n, bits);
    }

    /**
     * The second teacher of task 2: {@code w2*_i = B_i w*_i} with {@code B_i = +1} with
     * probability {@code (1 + r0)/2}, else −1, so that the two teachers overlap by r0 on average.
     */
    public Teacher correlated(double r0, UniformRandomProvider rng) {
        if (!(r0 >= -1 && r0 <= 1)) {
            throw new IllegalArgumentException("r0 must lie in [-1, 1], got " + r0);
        }
        double keep = (1 + r0) / 2;
        long[] out = bits.clone();
        for (int i = 0; i < n; i++) {
            if (!(rng.nextDouble() < keep)) {
                out[i >>> 6] ^= 1L << (i & 63);
            }
        }
        return new Teacher(n, out);
    }

    /** Number of weights N. */
    public int size() {
        return n;
    }

    /** Weight {@code w*_i = ±1}. */
    public int weight(int i) {
        return SpinWords.spin(bits, 0, i);
    }

    /** The packed weights (a copy). */
    public long[] bits() {
        return bits.clone();
    }

    /** Overlap {@code p = w·w* / N} with a packed binary student (or another teacher's bits). */
    public double overlap(long[] studentBits) {
        return SpinWords.dot(bits, 0, studentBits, 0, n) / (double) n;
    }

    /** Overlap with another teacher. */
    public double overlap(Teacher other) {
        return overlap(other.bits);
    }

    /** The label {@code sign(w*·ξ)} (sign(0) = +1) of the packed input at {@code offset}. */
    public int label(long[] inputs, int offset) {
        return SpinWords.dot(bits, 0, inputs, offset, n) >= 0 ? 1 : -1;
    }
}
