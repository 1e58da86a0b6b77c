package vcl.experiments.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Results by key, the least recently used dropped beyond {@code capacity}. A key asked for while
 * it is being computed waits for that computation instead of starting another; a computation
 * that throws is not kept, so the next request tries again.
 *
 * @param <V> the cached value
 */
final class ResultCache<V> {

    private final int capacity;
    private final Map<String, CompletableFuture<V>> entries;
    private long hits;
    private long misses;

    ResultCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The value for {@code key}, computed by {@code compute} on the calling thread if absent. */
    V get(String key, Supplier<V> compute) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing;
        synchronized (this) {
            existing = entries.get(key);
            if (existing == null) {
                misses++;
                entries.put(key, mine);
                if (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
            } else {
                hits++;
            }
        }
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException e) {
                throw unwrap(e);
            }
        }
        try {
            V value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                entries.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Requests answered from the cache (or by waiting for a computation under way). */
    synchronized long hits() {
        return hits;
    }

    /** Requests that started a computation. */
    synchronized long misses() {
        return misses;
    }

    private static RuntimeException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return e;
    }
}
