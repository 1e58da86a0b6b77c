package vcl.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Map<String, Object> provenance() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("sim_mean_eps_g1", new double[] {0.46, Double.NaN});
        inner.put("theory_failed_alpha2", new double[0]);
        inner.put("note", "a \"quoted\" word,\ttab");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("figure", "2b");
        params.put("master_seed", 1L);
        params.put("batch", new int[] {32, 64});
        params.put("run_seeds", new long[] {-4962768465676381896L, 7L});
        params.put("alpha", new double[] {0.5, 1.0});
        params.put("eps", new double[] {0.25, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
        params.put("nothing", null);
        params.put("values", Map.of("r0_0.0", inner));
        params.put("distance", Double.NaN);
        params.put("tolerance", 1e-10);
        params.put("converged", true);
        params.put("rows", List.of(Map.of("a", 1), Map.of("a", 2)));
        return Provenance.of("figure 2b", params);
    }

    @Test
    void provenanceRoundTripsWithArraysAsArraysAndNonFiniteAsNull() {
        Map<String, Object> prov = provenance();
        String text = Json.write(prov);
        assertFalse(text.contains("[I@") || text.contains("[J@") || text.contains("[D@"), text);
        assertFalse(text.contains("NaN") || text.contains("Infinity"), text);

        Map<String, Object> back = Json.readObject(text);
        assertEquals(new ArrayList<>(prov.keySet()), new ArrayList<>(back.keySet()), "top-level key order");
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) back.get("parameters");
        assertEquals(List.of("figure", "master_seed", "batch", "run_seeds", "alpha", "eps", "nothing", "values",
                "distance", "tolerance", "converged", "rows"), new ArrayList<>(params.keySet()));
        assertEquals(List.of(32, 64), params.get("batch"));
        assertEquals(List.of(-4962768465676381896L, 7), params.get("run_seeds"));
        assertEquals(List.of(0.5, 1.0), params.get("alpha"));
        assertEquals(java.util.Arrays.asList(0.25, null, null, null), params.get("eps"));
        assertNull(params.get("distance"));
        assertTrue(params.containsKey("nothing") && params.get("nothing") == null);
        assertEquals(1e-10, params.get("tolerance"));
        assertEquals(true, params.get("converged"));
        assertEquals(List.of(Map.of("a", 1), Map.of("a", 2)), params.get("rows"));
        @SuppressWarnings("unchecked")
        Map<String, Object> inner = (Map<String, Object>) ((Map<String, Object>) params.get("values")).get("r0_0.0");
        assertEquals(java.util.Arrays.asList(0.46, null), inner.get("sim_mean_eps_g1"));
        assertEquals(List.of(), inner.get("theory_failed_alpha2"));
        assertEquals("a \"quoted\" word,\ttab", inner.get("note"));
        assertEquals(prov.get("git_commit"), back.get("git_commit"));
        assertEquals(prov.get("git_dirty"), back.get("git_dirty"));

        assertEquals(text, Json.write(back), "writing what was read gives the same text");
    }

    @Test
    void layoutIsTwoSpaceIndentedWithPlainArraysOnOneLine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("alpha", new double[] {0.5, 1.0});
        m.put("empty", List.of());
        m.put("none", Map.of());
        m.put("rows", List.of(Map.of("q", 0.25)));
        assertEquals("""
                {
                  "alpha": [0.5, 1.0],
                  "empty": [],
                  "none": {},
                  "rows": [
                    {
                      "q": 0.25
                    }
                  ]
                }""", Json.write(m));
    }

    @Test
    void numbersAsJavaWritesThem() {
        assertEquals("[1.0E-10, 2.4646951146678475E-14, 15.584808771061404, 20.0, 6, 1.650219854500579]",
                Json.write(List.of(1e-10, 2.4646951146678475E-14, 15.584808771061404, 20.0, 6, 1.650219854500579)));
        assertEquals("null", Json.write(Double.NaN));
    }
}
