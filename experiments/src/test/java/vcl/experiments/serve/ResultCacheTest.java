package vcl.experiments.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The explorer's cache: one computation per key, least recently used dropped, failures not kept. */
class ResultCacheTest {

    @Test
    void computesEachKeyOnceAndDropsTheLeastRecentlyUsed() {
        ResultCache<String> cache = new ResultCache<>(2);
        AtomicInteger calls = new AtomicInteger();
        assertEquals("a1", cache.get("a", () -> "a" + calls.incrementAndGet()));
        assertEquals("b2", cache.get("b", () -> "b" + calls.incrementAndGet()));
        assertEquals("a1", cache.get("a", () -> "a" + calls.incrementAndGet()));
        assertEquals("c3", cache.get("c", () -> "c" + calls.incrementAndGet()));
        assertEquals("a1", cache.get("a", () -> "a" + calls.incrementAndGet()), "a was used last: kept");
        assertEquals("b4", cache.get("b", () -> "b" + calls.incrementAndGet()), "b was dropped: computed again");
        assertEquals(2, cache.hits());
        assertEquals(4, cache.misses());
    }

    @Test
    void aFailureIsNotKept() {
        ResultCache<String> cache = new ResultCache<>(4);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("no");
        }));
        assertEquals("yes", cache.get("k", () -> "yes"));
    }

    @Test
    void aKeyAskedForWhileComputedWaitsForThatComputation() throws Exception {
        ResultCache<String> cache = new ResultCache<>(4);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> cache.get("k", () -> {
                calls.incrementAndGet();
                started.countDown();
                await(release);
                return "v";
            }));
            assertEquals(true, started.await(10, TimeUnit.SECONDS));
            Future<String> second = pool.submit(() -> cache.get("k", () -> "other" + calls.incrementAndGet()));
            release.countDown();
            assertEquals("v", first.get(10, TimeUnit.SECONDS));
            assertEquals("v", second.get(10, TimeUnit.SECONDS));
            assertEquals(1, calls.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
