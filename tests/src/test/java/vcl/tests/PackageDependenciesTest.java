package vcl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules on imports, checked on the compiled classes with the JDK's {@code jdeps}
 * ({@code jdeps -verbose:package} over every module's {@code target/classes}): no package cycle
 * anywhere, {@code theory} and {@code sim} never import each other, {@code plots} knows neither,
 * and only {@code cli} knows {@code cli}.
 */
class PackageDependenciesTest {

    private static final List<String> MODULES = List.of("theory", "sim", "plots", "experiments", "cli");
    private static final Pattern EDGE = Pattern.compile("^\\s+(vcl(?:\\.\\w+)*)\\s+->\\s+(vcl(?:\\.\\w+)*)\\s+.*$");

    /** Package → the workbench packages it imports (from the bytecode). */
    private static final Map<String, Set<String>> IMPORTS = new TreeMap<>();

    @BeforeAll
    static void runJdeps() {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new AssertionError("jdeps not found: a JDK is needed to run this test"));
        List<String> args = new ArrayList<>(List.of("-verbose:package"));
        for (String module : MODULES) {
            Path classes = repositoryRoot().resolve(module).resolve("target").resolve("classes");
            assertTrue(Files.isDirectory(classes.resolve("vcl")), "compiled classes missing: " + classes);
            args.add(classes.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, status, "jdeps failed: " + err);
        for (String line : out.toString().split("\n")) {
            Matcher m = EDGE.matcher(line);
            if (m.matches() && !m.group(1).equals(m.group(2))) {
                IMPORTS.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        assertTrue(IMPORTS.containsKey("vcl.cli"), "jdeps output not understood:\n" + out);
    }

    @Test
    void noPackageCycles() {
        List<String> cycles = new ArrayList<>();
        for (String start : IMPORTS.keySet()) {
            List<String> path = cycleThrough(IMPORTS, start);
            if (path != null && start.equals(path.stream().min(String::compareTo).orElseThrow())) {
                cycles.add(String.join(" -> ", path));
            }
        }
        assertTrue(cycles.isEmpty(), "package cycles:\n" + String.join("\n", cycles));
    }

    @Test
    void theoryAndSimNeverImportEachOther() {
        assertNoImports("vcl.theory", "vcl.sim");
        assertNoImports("vcl.sim", "vcl.theory");
    }

    @Test
    void layersPointOneWay() {
        for (String other : List.of("vcl.theory", "vcl.sim", "vcl.experiments", "vcl.cli")) {
            assertNoImports("vcl.plots", other);
        }
        for (String core : List.of("vcl.theory", "vcl.sim")) {
            assertNoImports(core, "vcl.plots");
            assertNoImports(core, "vcl.experiments");
            assertNoImports(core, "vcl.cli");
        }
        assertNoImports("vcl.experiments", "vcl.cli");
    }

    @Test
    void cycleSearchFindsACycle() {
        Map<String, Set<String>> graph = Map.of("vcl.x.a", Set.of("vcl.x.b"), "vcl.x.b", Set.of("vcl.x.c"),
                "vcl.x.c", Set.of("vcl.x.a", "vcl.x.d"));
        assertEquals(List.of("vcl.x.a", "vcl.x.b", "vcl.x.c", "vcl.x.a"), cycleThrough(graph, "vcl.x.a"));
        assertEquals(null, cycleThrough(Map.of("vcl.x.a", Set.of("vcl.x.b")), "vcl.x.a"));
    }

    private static void assertNoImports(String from, String to) {
        List<String> found = new ArrayList<>();
        IMPORTS.forEach((p, targets) -> {
            if (within(p, from)) {
                targets.stream().filter(t -> within(t, to)).forEach(t -> found.add(p + " -> " + t));
            }
        });
        assertTrue(found.isEmpty(), from + " must not import " + to + ":\n" + String.join("\n", found));
    }

    private static boolean within(String pkg, String prefix) {
        return pkg.equals(prefix) || pkg.startsWith(prefix + ".");
    }

    /** A cycle {@code start -> ... -> start} in the import graph, or null. */
    static List<String> cycleThrough(Map<String, Set<String>> graph, String start) {
        return cycleThrough(graph, start, start, new ArrayList<>(List.of(start)), new TreeSet<>());
    }

    private static List<String> cycleThrough(Map<String, Set<String>> graph, String start, String at, List<String> path,
                                             Set<String> seen) {
        for (String next : new TreeSet<>(graph.getOrDefault(at, Set.of()))) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleThrough(graph, start, next, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    /** The repository root (the tests run in tests/). */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("theory")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir;
            }
        }
        fail("repository root not found above " + Path.of("").toAbsolutePath());
        return null;
    }
}
