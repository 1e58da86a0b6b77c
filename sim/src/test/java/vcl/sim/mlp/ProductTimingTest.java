package vcl.sim.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductTimingTest {

    @Test
    void stepFlopsCountTheProductsOfOneStep() {
        // 6-5-4-3 network, batch 2: layer 0 has a·μ, (a∘a)·σ, aᵀg, (a∘a)ᵀg_v (4 products of 2·2·6·5 flops);
        // layers 1 and 2 add g·μᵀ and g_v·σᵀ (6 products of 2·2·5·4 and 2·2·4·3 flops)
        double expected = 4 * 2 * 2 * 6 * 5 + 6 * 2 * 2 * 5 * 4 + 6 * 2 * 2 * 4 * 3;
        assertEquals(expected, ProductTiming.stepFlops(new MlpShape(List.of(6, 5, 4, 3)), 2), 0.0);
        // the paper's network: 205 GFLOP in an epoch of 500 batches of 64
        assertEquals(205.4, ProductTiming.stepFlops(MlpShape.PAPER, 64) * 500 / 1e9, 0.05);
    }

    @Test
    void theProductRunsAtAPlausibleRate() {
        double gflops = ProductTiming.gflops(16, 32, 24, 50);
        assertTrue(gflops > 0 && Double.isFinite(gflops), "GFLOP/s " + gflops);
    }
}
