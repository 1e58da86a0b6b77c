package vcl.experiments.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.Json;
import vcl.experiments.io.Provenance;
import vcl.experiments.io.VersionInfo;

/**
 * A sweep's output folder: {@code sweep.json} (the spec, its hash, the software's version and
 * commit), one file of rows per finished task under {@code tasks/} (each written atomically, so a
 * kill at any moment leaves whole tasks or none), and the assembled CSV. A folder holding another
 * spec's sweep, or one computed by another build, is refused.
 */
public final class SweepDirectory {

    /** The manifest's file name. */
    public static final String MANIFEST = "sweep.json";
    /** The full CSV's file name. */
    public static final String RESULTS = "results.csv";

    private static final Pattern TASK_FILE = Pattern.compile("task-(\\d{6,})\\.csv");

    private final Path root;
    private final Map<String, Object> manifest;

    private SweepDirectory(Path root, Map<String, Object> manifest) {
        this.root = root;
        this.manifest = manifest;
    }

    /** Opens {@code root} for {@code spec}: creates it and its manifest, or checks the manifest it holds. */
    public static SweepDirectory open(Path root, SweepSpec spec, int tasks) throws IOException {
        Path file = root.resolve(MANIFEST);
        if (Files.exists(file)) {
            SweepDirectory existing = read(root);
            String hash = (String) existing.manifest.get("spec_hash");
            if (!spec.hash().equals(hash)) {
                throw new SweepFileException(root + " holds the sweep of another spec (" + existing.manifest.get("command")
                        + ", hash " + abbreviate(hash) + "; this spec's is " + abbreviate(spec.hash())
                        + "): give another --out folder");
            }
            String build = VersionInfo.version() + " " + VersionInfo.commit();
            String theirs = existing.manifest.get("version") + " " + existing.manifest.get("git_commit");
            if (!build.equals(theirs)) {
                throw new SweepFileException(root + " was computed by version " + theirs + ", this is " + build
                        + ": its rows could differ; give another --out folder");
            }
            return existing;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("points", SweepGrid.of(spec).points());
        Map<String, Object> m = Provenance.of("sweep run", parameters);
        m.put("spec", spec.canonical());
        m.put("spec_hash", spec.hash());
        m.put("tasks", tasks);
        m.put("columns", SweepRows.columns(spec));
        m.put("order", "axes as written, the last fastest; the command's line axes "
                + spec.command().computation().lineAxes() + " last, one task per line; point_id = place in this order");
        try {
            Files.createDirectories(root.resolve("tasks"));
        } catch (IOException e) {
            throw new SweepFileException("cannot create the sweep folder " + root + ": " + AtomicFiles.reason(root, e));
        }
        AtomicFiles.writeString(file, Json.write(m) + "\n");
        return new SweepDirectory(root, m);
    }

    /** Reads the manifest of an existing sweep folder. */
    public static SweepDirectory read(Path root) throws IOException {
        Path file = root.resolve(MANIFEST);
        try {
            return new SweepDirectory(root, Json.readObject(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            throw new SweepFileException("cannot read " + file + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }

    public Path root() {
        return root;
    }

    /** The spec's hash recorded in the manifest. */
    public String specHash() {
        return (String) manifest.get("spec_hash");
    }

    /** The number of tasks of the sweep. */
    public int tasks() {
        return ((Number) manifest.get("tasks")).intValue();
    }

    /** The CSV columns. */
    @SuppressWarnings("unchecked")
    public List<String> columns() {
        return (List<String>) manifest.get("columns");
    }

    /** The indices of the tasks whose rows are here. */
    public TreeSet<Integer> done() throws IOException {
        TreeSet<Integer> done = new TreeSet<>();
        Path folder = root.resolve("tasks");
        if (!Files.isDirectory(folder)) {
            return done;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = TASK_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    done.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return done;
    }

    /** Stores the rows of task {@code index} (atomically). */
    public void write(int index, String rows) {
        AtomicFiles.writeString(taskFile(index), rows);
    }

    /**
     * The folder of a task's own files under the sweep folder {@code root}: {@code points/<point id>}
     * of its first point, six digits at least (only {@code cl run} keeps files there: the run's folder).
     */
    public static Path taskFolder(Path root, SweepTask task) {
        return root.resolve("points").resolve(String.format("%06d", task.firstPoint()));
    }

    /** The file holding the rows of task {@code index}. */
    public Path taskFile(int index) {
        return root.resolve("tasks").resolve(String.format("task-%06d.csv", index));
    }

    /**
     * Writes {@code target} (atomically): the header, then the rows of each task of {@code sources}
     * in order; {@code sources} maps a task index to the folder holding it.
     */
    public static void assemble(Path target, String header, Map<Integer, SweepDirectory> sources) {
        try {
            AtomicFiles.write(target, out -> {
                out.write(header.getBytes(StandardCharsets.UTF_8));
                for (Map.Entry<Integer, SweepDirectory> e : sources.entrySet()) {
                    Files.copy(e.getValue().taskFile(e.getKey()), out);
                }
            });
        } catch (IOException e) {
            throw new AtomicFiles.WriteFailure(target, e);
        }
    }

    /** The header line of the CSV (with its newline). */
    public String header() {
        return String.join(",", new ArrayList<>(columns())) + "\n";
    }

    private static String abbreviate(String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }
}
