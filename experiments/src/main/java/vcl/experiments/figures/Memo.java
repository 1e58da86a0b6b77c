package vcl.experiments.figures;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Computations shared by sibling figures (1b/1c, 3a/3b, 3c/3d show different observables of the
 * same runs): the first figure computes, the second reuses within the same process. Keys must hold
 * every input that changes the result (preset, master seed, model parameters).
 */
final class Memo {

    private static final Map<String, Object> VALUES = new HashMap<>();

    private Memo() {
    }

    /** The value under {@code key}, computed by {@code compute} on first use. */
    @SuppressWarnings("unchecked")
    static synchronized <T> T get(String key, Supplier<T> compute) {
        Object v = VALUES.get(key);
        if (v == null) {
            v = compute.get();
            VALUES.put(key, v);
        }
        return (T) v;
    }
}
