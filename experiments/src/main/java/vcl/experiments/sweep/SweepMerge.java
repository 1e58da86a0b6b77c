package vcl.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code vcl sweep merge}: joins the folders of a sweep's shards into the full CSV, after checking
 * that they hold the same spec, and that every task is in exactly one of them.
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /**
     * Merges {@code folders} into {@code target}.
     *
     * @return the number of tasks joined
     * @throws SweepFileException when the folders hold different sweeps, or a task is missing or doubled
     */
    public static int merge(List<Path> folders, Path target) throws IOException {
        if (folders.isEmpty()) {
            throw new SweepFileException("sweep merge needs at least one sweep folder");
        }
        List<SweepDirectory> dirs = new ArrayList<>();
        for (Path f : folders) {
            dirs.add(SweepDirectory.read(f));
        }
        SweepDirectory first = dirs.get(0);
        for (SweepDirectory d : dirs) {
            if (!d.specHash().equals(first.specHash())) {
                throw new SweepFileException(d.root() + " holds another sweep than " + first.root()
                        + " (spec hashes differ): only shards of one sweep can be merged");
            }
        }
        Map<Integer, SweepDirectory> sources = new TreeMap<>();
        List<String> doubled = new ArrayList<>();
        for (SweepDirectory d : dirs) {
            for (int index : d.done()) {
                SweepDirectory before = sources.putIfAbsent(index, d);
                if (before != null && !before.root().equals(d.root())) {
                    doubled.add(index + " (" + before.root() + ", " + d.root() + ")");
                }
            }
        }
        if (!doubled.isEmpty()) {
            throw new SweepFileException(doubled.size() + " task(s) are in two folders, e.g. " + first(doubled)
                    + ": each shard's folder must hold only its own tasks");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < first.tasks(); i++) {
            if (!sources.containsKey(i)) {
                missing.add(Integer.toString(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new SweepFileException(missing.size() + " of " + first.tasks() + " tasks are missing (e.g. task "
                    + first(missing) + "): rerun their shards (vcl sweep run SPEC --out DIR --shard k/n) and merge again");
        }
        if (sources.size() != first.tasks()) {
            throw new SweepFileException("the folders hold tasks beyond the sweep's " + first.tasks()
                    + ": they are not this sweep's shards");
        }
        SweepDirectory.assemble(target, first.header(), sources);
        return sources.size();
    }

    private static String first(List<String> items) {
        return items.stream().limit(3).collect(Collectors.joining(", "));
    }
}
