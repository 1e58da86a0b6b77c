package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the workbench as {@code jdeps -verbose:package} sees the compiled classes of
 * every module: no cycles, theory and sim never import each other, experiments never imports cli.
 */
class PackageCyclesTest {

    @Test
    void thePackageGraphHasNoCyclesAndKeepsTheModuleRules() {
        Map<String, Set<String>> graph = packageGraph();
        assertTrue(graph.keySet().stream().anyMatch(p -> p.startsWith("vcl.theory")), "theory classes found: " + graph.keySet());
        assertTrue(graph.containsKey("vcl.cli") && graph.containsKey("vcl.experiments.figures"), graph.keySet().toString());
        assertTrue(graph.size() >= 12, "every module's packages: " + graph.keySet());
        assertEquals(List.of(), cycles(graph), "package cycles");
        graph.forEach((from, tos) -> tos.forEach(to -> {
            assertTrue(!(from.startsWith("vcl.theory") && to.startsWith("vcl.sim")), from + " -> " + to);
            assertTrue(!(from.startsWith("vcl.sim") && to.startsWith("vcl.theory")), from + " -> " + to);
            assertTrue(!(from.startsWith("vcl.experiments") && to.startsWith("vcl.cli")), from + " -> " + to);
            assertTrue(!(from.startsWith("vcl.plots") && (to.startsWith("vcl.theory") || to.startsWith("vcl.sim"))),
                    from + " -> " + to);
        }));
    }

    /** Package → packages it uses (vcl.* only, self edges dropped), from jdeps over the class path's vcl modules. */
    private static Map<String, Set<String>> packageGraph() {
        List<String> roots = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String e = entry.replace('\\', '/');
            if (e.matches(".*/(theory|sim|plots|experiments|cli)/target/(test-)?classes/?") && !e.contains("test-classes")
                    || e.matches(".*/vcl-(theory|sim|plots|experiments)-[^/]*\\.jar")) {
                roots.add(entry);
            }
        }
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        List<String> args = new ArrayList<>(List.of("-verbose:package", "-filter:none", "-e", "vcl\\..*",
                "-cp", String.join(File.pathSeparator, roots)));
        args.addAll(roots);
        StringWriter out = new StringWriter();
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args.toArray(new String[0]));
        assertEquals(0, code, out.toString());
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : out.toString().split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].startsWith("vcl.") && f[1].equals("->") && f[2].startsWith("vcl.")) {
                graph.computeIfAbsent(f[0], k -> new TreeSet<>());
                if (!f[0].equals(f[2])) {
                    graph.get(f[0]).add(f[2]);
                }
            }
        }
        return graph;
    }

    /** The strongly connected components with more than one package (Tarjan). */
    private static List<Set<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, out);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, List<String> stack, Set<String> onStack, List<Set<String>> out) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.add(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                out.add(component);
            }
        }
    }
}
