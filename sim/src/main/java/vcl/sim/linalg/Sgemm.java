package vcl.sim.linalg;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas;

/**
 * Single-precision matrix products C = α·op(A)·op(B) + γ·C on row-major matrices in native memory
 * ({@link FloatPointer}), by OpenBLAS's sgemm (its native library ships in a Maven artifact).
 * OpenBLAS runs single-threaded: a learner that wants threads splits its products into pieces fixed
 * independently of the thread count (column blocks, batch chunks) and runs those on its own threads,
 * so every number is computed by the same calls whatever the thread count.
 */
public final class Sgemm {

    static {
        openblas.blas_set_num_threads(1);
    }

    private Sgemm() {
    }

    /** C (m×n) = α·A (m×k)·B (k×n) + γ·C. */
    public static void nn(int m, int n, int k, float alpha, FloatPointer a, FloatPointer b, float gamma,
                   FloatPointer c) {
        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasNoTrans,
                m, n, k, alpha, a, k, b, n, gamma, c, n);
    }

    /** C (m×n) = α·Aᵀ·B + γ·C with A stored k×m and B stored k×n. */
    public static void tn(int m, int n, int k, float alpha, FloatPointer a, FloatPointer b, float gamma,
                   FloatPointer c) {
        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasTrans, openblas.CblasNoTrans,
                m, n, k, alpha, a, m, b, n, gamma, c, n);
    }

    /** C (m×n) = α·A·Bᵀ + γ·C with A stored m×k and B stored n×k. */
    public static void nt(int m, int n, int k, float alpha, FloatPointer a, FloatPointer b, float gamma,
                   FloatPointer c) {
        openblas.cblas_sgemm(openblas.CblasRowMajor, openblas.CblasNoTrans, openblas.CblasTrans,
                m, n, k, alpha, a, k, b, k, gamma, c, n);
    }
}
