package vcl.sim.mlp;

import java.util.Random;
import org.bytedeco.javacpp.FloatPointer;
import vcl.sim.linalg.Sgemm;

/**
 * Times the matrix product the variational MLP spends its time in, C = A·B in single precision
 * through the same OpenBLAS call the network makes (for benchmarks).
 */
public final class ProductTiming {

    private ProductTiming() {
    }

    /**
     * GFLOP/s (2mnk flops per product) of {@code reps} products of an m×k by a k×n matrix of random
     * numbers, after {@code reps / 10 + 1} untimed ones.
     */
    public static double gflops(int m, int n, int k, int reps) {
        Random rnd = new Random(1);
        float[] a = new float[m * k];
        float[] b = new float[k * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = rnd.nextFloat();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) rnd.nextGaussian();
        }
        try (FloatPointer pa = new FloatPointer(a); FloatPointer pb = new FloatPointer(b);
             FloatPointer pc = new FloatPointer((long) m * n)) {
            for (int r = 0; r < reps / 10 + 1; r++) {
                Sgemm.nn(m, n, k, 1f, pa, pb, 0f, pc);
            }
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                Sgemm.nn(m, n, k, 1f, pa, pb, 0f, pc);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return 2.0 * m * n * k * reps / seconds / 1e9;
        }
    }

    /**
     * Flops of the matrix products of one training step of a batch of {@code batch} examples:
     * forward a·μ and (a∘a)·σ in every layer, backward aᵀg and (a∘a)ᵀg_v in every layer and g·μᵀ and
     * g_v·σᵀ in every layer but the first.
     */
    public static double stepFlops(MlpShape shape, int batch) {
        double flops = 0;
        for (int l = 0; l < shape.layers(); l++) {
            double product = 2.0 * batch * shape.in(l) * shape.out(l);
            flops += product * (l == 0 ? 4 : 6);
        }
        return flops;
    }
}
