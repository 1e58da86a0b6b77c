package vcl.experiments.sweep;

import vcl.experiments.spec.UserInputException;

/**
 * {@code --shard k/n}: the k-th of n parts of a sweep, the tasks whose index is k − 1 modulo n
 * (round robin, so every shard gets lines from all over the grid; the same tasks on every machine).
 *
 * @param k the part, from 1 to n
 * @param n the number of parts, at least 1
 */
public record Shard(int k, int n) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new UserInputException("--shard", "k/n with 1 <= k <= n", k + "/" + n);
        }
    }

    /** Parses {@code k/n}. */
    public static Shard parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserInputException("--shard", "k/n with 1 <= k <= n (e.g. 3/8)", "'" + text + "'");
    }

    /** Whether task {@code index} belongs to this shard. */
    public boolean contains(int index) {
        return index % n == k - 1;
    }

    /** Whether this is the whole sweep. */
    public boolean whole() {
        return n == 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
