package vcl.theory.gibbs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vcl.theory.replica.Conjugates;
import vcl.theory.replica.EntropicTerm;
import vcl.theory.replica.OrderParameters;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.replica.ReplicaModel;

/** The core's mechanism for a self overlap pinned at 1, as the binary model uses it. */
class PinnedSelfOverlapTest {

    @Test
    void orderParametersAcceptASelfOverlapOfOneAndNoMore() {
        assertDoesNotThrow(() -> new OrderParameters(0.5, 0.6, 1));
        assertDoesNotThrow(() -> new OrderParameters(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new OrderParameters(0.5, 0.6, Math.nextUp(1.0)));
        // the free problem's interior still excludes q* = 1; the pinned one allows it
        assertFalse(OrderParameters.interior(0.5, 0.6, 1));
        assertTrue(OrderParameters.interiorAt(0.5, 0.6, 1));
        assertFalse(OrderParameters.interiorAt(1, 0.6, 1));
        assertEquals(OrderParameters.interior(0.3, 0.4, 0.8), OrderParameters.interiorAt(0.3, 0.4, 0.8));
    }

    @Test
    void conjugatesMayBeInfiniteOnlyTogetherInTheFrozenState() {
        assertEquals(Double.POSITIVE_INFINITY, Conjugates.FROZEN.qHat());
        assertThrows(IllegalArgumentException.class, () -> new Conjugates(Double.POSITIVE_INFINITY, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Conjugates(1, Double.NEGATIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new Conjugates(Double.NaN, 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Conjugates(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    /** With q* pinned at 1 the map's image keeps q* = 1 and q̂* = 0 (it multiplies E⟨m²⟩ − 1 = 0). */
    @Test
    void pinnedModelEvaluatesWithZeroSelfOverlapConjugate() {
        ReplicaModel model = new ReplicaModel(1.2, GibbsChannel.zeroTemperature(),
                new EntropicTerm(IsingMeasure.INSTANCE, QuadratureSettings.DEFAULT), 1.0);
        ReplicaModel.Evaluation ev = model.evaluate(new OrderParameters(0.5, 0.6, 1));
        assertEquals(0, ev.conjugates().qStarHat());
        assertEquals(1, ev.image().qStar());
        // Φ does not depend on q̂* at q* = 1
        Conjugates c = ev.conjugates();
        double phi = model.freeEntropy(ev.orderParameters(), c);
        double shifted = model.freeEntropy(ev.orderParameters(), new Conjugates(c.qHat(), c.rHat(), 3.7));
        assertEquals(phi, shifted, 1e-13);
        assertThrows(IllegalArgumentException.class, () -> new ReplicaModel(1, GibbsChannel.zeroTemperature(),
                new EntropicTerm(IsingMeasure.INSTANCE, QuadratureSettings.DEFAULT), Math.nextUp(1.0)));
    }
}
