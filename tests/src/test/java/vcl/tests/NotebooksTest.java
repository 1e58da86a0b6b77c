package vcl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every teaching notebook ({@code notebooks-java/NN-*.jsh}) in quick mode through {@code jshell},
 * as {@code notebooks-java/run} does: the notebook is fed on standard input after
 * {@code feedback.jsh}, with the test JVM's class path. A notebook fails when jshell exits non-zero
 * or times out, when any line reports an exception or a compile error, when it refers to something
 * undefined, or when it writes no figure. Tagged "notebooks" and left out of the default build:
 * CI executes the same notebooks as Jupyter notebooks ({@code notebooks-java/execute}); run this
 * with {@code mvn -pl tests -am test -Dtest=NotebooksTest -Dgroups=notebooks -DexcludedGroups=
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class NotebooksTest {

    private static final long TIMEOUT_SECONDS = 150;

    @Test
    @Tag("notebooks")
    void everyNotebookRunsCleanlyInQuickMode(@TempDir Path work) throws Exception {
        Path folder = notebookFolder();
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(folder)) {
            notebooks = files.filter(p -> p.getFileName().toString().matches("\\d\\d-.*\\.jsh")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks found in " + folder);
        String prelude = Files.readString(folder.resolve("feedback.jsh"));
        // two notebooks at a time: jshell spends most of its time compiling, one core each
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Path nb : notebooks) {
                results.add(pool.submit(() -> runNotebook(nb, prelude, Files.createDirectories(work.resolve(id(nb))))));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> r : results) {
                String failure = r.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n\n", failures));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyNotebookIsListedInTheReadmeAndEveryListedOneExists() throws IOException {
        Path folder = notebookFolder();
        String readme = Files.readString(folder.resolve("README.md"));
        List<String> listed = readme.lines().filter(l -> l.matches("\\| `\\d\\d-[^`]*` \\|.*"))
                .map(l -> l.substring(3, l.indexOf('`', 3))).toList();
        List<String> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d\\d-.*\\.jsh"))
                    .map(n -> n.substring(0, n.length() - ".jsh".length())).sorted().toList();
        }
        assertTrue(listed.contains("04-deep-continual-learning"), "notebook 04 is not in the README's table");
        assertEquals(present, listed, "the README's table and the notebooks in " + folder);
    }

    @Test
    void errorMarkersAreRecognised() {
        assertTrue(isErrorLine("|  Exception java.lang.IllegalStateException: boom"));
        assertTrue(isErrorLine("|  Error:"));
        assertTrue(isErrorLine("|  Error: f refers to something undefined: method g()"));
        assertTrue(isErrorLine("Caused by: java.lang.NoClassDefFoundError: vcl/Foo"));
        assertFalse(isErrorLine(" epoch     loss/P         p     eps_g  test error       q*"));
        assertFalse(isErrorLine("generalization error eps_g = arccos(p)/pi"));
    }

    /** Runs one notebook; returns a description of what went wrong, or null. */
    private static String runNotebook(Path notebook, String prelude, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("output.txt");
        List<String> command = List.of(jshell().toString(), "--feedback", "silent",
                "--class-path", classPath(),
                "-J-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-R-Djava.awt.headless=true");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("VCL_NOTEBOOK_QUICK", "1");
        Process process = pb.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(prelude.getBytes(StandardCharsets.UTF_8));
            in.write(Files.readAllBytes(notebook));
            // stdin is closed here, so jshell ends even if a notebook lost its /exit
        }
        String name = notebook.getFileName().toString();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return name + ": timed out after " + TIMEOUT_SECONDS + " s\n" + Files.readString(log);
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            return name + ": jshell exited with " + process.exitValue() + "\n" + output;
        }
        List<String> bad = output.lines().filter(NotebooksTest::isErrorLine).toList();
        if (!bad.isEmpty()) {
            return name + ": " + bad.size() + " error line(s), first: " + bad.get(0) + "\n" + output;
        }
        Path figures = dir.resolve("out").resolve("notebooks").resolve(id(notebook));
        try (Stream<Path> files = Files.exists(figures) ? Files.list(figures) : Stream.empty()) {
            if (files.noneMatch(p -> p.toString().endsWith(".png"))) {
                return name + ": wrote no PNG under out/notebooks/" + id(notebook) + "\n" + output;
            }
        }
        if (!output.contains("finished in")) {
            return name + ": did not reach its end\n" + output;
        }
        return null;
    }

    static boolean isErrorLine(String line) {
        return line.contains("Exception") || line.contains("Error:") || line.contains("|  Error");
    }

    /** The test JVM's class path (every module and dependency), without entries that do not exist: jshell rejects those. */
    private static String classPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.isEmpty() && Files.exists(Path.of(e)))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String id(Path notebook) {
        return notebook.getFileName().toString().substring(0, 2);
    }

    /** The jshell of the JDK running the tests. */
    private static Path jshell() {
        Path home = Path.of(System.getProperty("java.home"));
        for (Path candidate : List.of(home.resolve("bin/jshell"), home.resolve("../bin/jshell"))) {
            if (Files.isExecutable(candidate)) {
                return candidate.normalize();
            }
        }
        fail("no jshell next to java.home = " + home + " (a JDK, not a JRE, is needed to run the notebooks)");
        return null;
    }

    /** notebooks-java/ of the repository (the tests run in tests/). */
    private static Path notebookFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("notebooks-java");
            if (Files.isRegularFile(candidate.resolve("feedback.jsh"))) {
                return candidate;
            }
        }
        fail("notebooks-java/ not found above " + Path.of("").toAbsolutePath());
        return null;
    }
}
