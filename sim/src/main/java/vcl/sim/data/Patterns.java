package vcl.sim.data;

import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.spec.OutOfRangeException;
import vcl.sim.spec.Ranges;

/**
 * P labelled inputs {@code (ξ^μ, y^μ)}, {@code ξ^μ ∈ {±1}^N}, stored bit-packed row by row
 * (one row of {@link SpinWords#words(int)} longs per example) with labels ±1.
 */
public final class Patterns {

    private final int n;
    private final int count;
    private final int words;
    private final long[] rows;
    private final byte[] labels;

    private Patterns(int n, int count, long[] rows, byte[] labels) {
        this.n = n;
        this.count = count;
        this.words = SpinWords.words(n);
        this.rows = rows;
        this.labels = labels;
    }

    /**
     * Draws {@code count} i.i.d. uniform ±1 inputs and labels them with the teacher
     * ({@code sign(0) = +1}).
     */
    public static Patterns draw(Teacher teacher, int count, UniformRandomProvider rng) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of examples must be >= 1, got " + count);
        }
        int n = teacher.size();
        int words = SpinWords.words(n);
        long[] rows = new long[Math.multiplyExact(count, words)];
        byte[] labels = new byte[count];
        for (int mu = 0; mu < count; mu++) {
            SpinWords.fillRandom(rows, mu * words, n, rng);
            labels[mu] = (byte) teacher.label(rows, mu * words);
        }
        return new Patterns(n, count, rows, labels);
    }

    /**
     * The number of examples of a data set of load α: {@code P = round(α N)} (equal to the
     * baseline's {@code int(α N)} whenever αN is an integer up to floating-point error).
     */
    public static int countForLoad(double alpha, int n) {
        return countForLoad("alpha", alpha, n);
    }

    /**
     * {@link #countForLoad(double, int)}, naming the load {@code name} (e.g. {@code alpha2}) when it
     * gives no usable number of examples: at least 1, and few enough that the packed rows fit one array.
     */
    public static int countForLoad(String name, double alpha, int n) {
        Ranges.positive(name, alpha);
        long max = Integer.MAX_VALUE / Math.max(1, SpinWords.words(n));
        long p = Math.round(alpha * n);
        if (p < 1 || p > max) {
            throw new OutOfRangeException(name, "a load giving between 1 and " + max + " examples at N = " + n
                    + " (round(" + name + " N))", Ranges.text(alpha));
        }
        return (int) p;
    }

    public int inputSize() {
        return n;
    }

    public int count() {
        return count;
    }

    public int wordsPerRow() {
        return words;
    }

    /** Backing array of the packed rows, shared and not copied: callers must not modify it. */
    public long[] packedRows() {
        return rows;
    }

    /** Offset of row μ in {@link #packedRows()}. */
    public int rowOffset(int mu) {
        return mu * words;
    }

    /** Copy of row μ's packed bits. */
    public long[] row(int mu) {
        long[] r = new long[words];
        System.arraycopy(rows, mu * words, r, 0, words);
        return r;
    }

    /** Input component {@code ξ^μ_i = ±1}. */
    public int input(int mu, int i) {
        return SpinWords.spin(rows, mu * words, i);
    }

    /** Label {@code y^μ = ±1}. */
    public int label(int mu) {
        return labels[mu];
    }

    /**
     * Fraction of examples misclassified by the binary perceptron whose packed weights are
     * {@code studentBits} (output {@code sign(w·ξ)}, sign(0) = +1).
     */
    public double errorRate(long[] studentBits) {
        int wrong = 0;
        for (int mu = 0; mu < count; mu++) {
            int out = SpinWords.dot(studentBits, 0, rows, mu * words, n) >= 0 ? 1 : -1;
            if (out != labels[mu]) {
                wrong++;
            }
        }
        return wrong / (double) count;
    }
}
