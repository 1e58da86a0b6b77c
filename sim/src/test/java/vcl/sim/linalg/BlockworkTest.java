package vcl.sim.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class BlockworkTest {

    @Test
    void everyPieceRunsExactlyOnceInManyConsecutiveJobs() {
        for (int threads = 1; threads <= 4; threads++) {
            try (Blockwork work = Blockwork.of(threads)) {
                for (int job = 0; job < 2000; job++) {
                    int count = 1 + job % 7;
                    AtomicIntegerArray runs = new AtomicIntegerArray(count);
                    work.run(count, runs::incrementAndGet);
                    for (int i = 0; i < count; i++) {
                        assertEquals(1, runs.get(i), "threads " + threads + ", job " + job + ", piece " + i);
                    }
                }
            }
        }
    }

    @Test
    void piecesWrittenOnWorkersAreVisibleToTheCaller() {
        try (Blockwork work = Blockwork.of(3)) {
            long[] out = new long[64];
            for (int job = 1; job <= 500; job++) {
                int value = job;
                work.run(out.length, i -> out[i] = (long) value * i);
                for (int i = 0; i < out.length; i++) {
                    assertEquals((long) job * i, out[i]);
                }
            }
        }
    }

    @Test
    void elementwiseCoversTheRangeOnceWhateverTheThreads() {
        int n = 10_007;
        int[] reference = null;
        for (int threads = 1; threads <= 3; threads++) {
            int[] hits = new int[n];
            try (Blockwork work = Blockwork.of(threads)) {
                work.elementwise(n, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        hits[i] += i;
                    }
                });
            }
            if (reference == null) {
                reference = hits;
            }
            assertArrayEquals(reference, hits);
        }
    }

    @Test
    void aFailingPieceIsRethrownAfterTheOthersFinish() {
        try (Blockwork work = Blockwork.of(2)) {
            IllegalArgumentException boom = new IllegalArgumentException("piece 3");
            AtomicIntegerArray runs = new AtomicIntegerArray(6);
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> work.run(6, i -> {
                runs.incrementAndGet(i);
                if (i == 3) {
                    throw boom;
                }
            }));
            assertSame(boom, thrown);
            for (int i = 0; i < 6; i++) {
                assertEquals(1, runs.get(i));
            }
            AtomicIntegerArray again = new AtomicIntegerArray(4);
            work.run(4, again::incrementAndGet);
            assertEquals(4, again.get(0) + again.get(1) + again.get(2) + again.get(3), "usable after a failure");
        }
    }

    @Test
    void workersThatParkedAreWokenForTheNextJob() throws InterruptedException {
        try (Blockwork work = Blockwork.of(2)) {
            for (int round = 0; round < 3; round++) {
                Thread.sleep(2 * Blockwork.SPIN_NANOS / 1_000_000 + 5);
                AtomicIntegerArray runs = new AtomicIntegerArray(8);
                work.run(8, runs::incrementAndGet);
                for (int i = 0; i < 8; i++) {
                    assertEquals(1, runs.get(i));
                }
            }
        }
    }

    @Test
    void aBackgroundTaskRunsOnceWhileTheCallerRunsPiecesAndIsVisibleAfterAwait() {
        for (int threads = 1; threads <= 3; threads++) {
            try (Blockwork work = Blockwork.of(threads)) {
                for (int round = 0; round < 300; round++) {
                    long[] drawn = new long[1000];
                    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
                    int seed = round;
                    Blockwork.Pending pending = work.background(() -> {
                        runs.incrementAndGet();
                        for (int i = 0; i < drawn.length; i++) {
                            drawn[i] = (long) seed * 31 + i;
                        }
                    });
                    AtomicIntegerArray pieces = new AtomicIntegerArray(4);
                    work.run(4, pieces::incrementAndGet);
                    pending.await();
                    pending.await();
                    assertEquals(1, runs.get());
                    for (int i = 0; i < 4; i++) {
                        assertEquals(1, pieces.get(i));
                    }
                    for (int i = 0; i < drawn.length; i++) {
                        assertEquals((long) round * 31 + i, drawn[i]);
                    }
                }
            }
        }
    }

    @Test
    void aFailingBackgroundTaskIsRethrownByAwait() {
        try (Blockwork work = Blockwork.of(2)) {
            Blockwork.Pending pending = work.background(() -> {
                throw new IllegalStateException("background");
            });
            assertEquals("background", assertThrows(IllegalStateException.class, pending::await).getMessage());
        }
    }

    @Test
    void rejectsBadUse() {
        assertThrows(IllegalArgumentException.class, () -> Blockwork.of(0));
        Blockwork work = Blockwork.of(2);
        work.close();
        assertThrows(IllegalStateException.class, () -> work.run(2, i -> { }));
    }
}
