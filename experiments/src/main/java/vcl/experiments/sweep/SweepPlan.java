package vcl.experiments.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The driver's side of a sweep, whatever computes its tasks (threads here, Apache Spark elsewhere):
 * opens the folder (refusing another spec's), lists the tasks of the shard still to compute, stores
 * each task's rows as they arrive (atomically, with progress), and finally writes the CSV from the
 * stored rows in task order.
 */
public final class SweepPlan {

    private final SweepSpec spec;
    private final SweepGrid grid;
    private final SweepDirectory dir;
    private final Shard shard;
    private final List<SweepTask> mine;
    private final List<SweepTask> pending;
    private final PointProgress progress;

    private SweepPlan(SweepSpec spec, SweepGrid grid, SweepDirectory dir, Shard shard, Set<Integer> done,
            PrintWriter err) {
        this.spec = spec;
        this.grid = grid;
        this.dir = dir;
        this.shard = shard;
        this.mine = grid.tasks().stream().filter(t -> shard.contains(t.index())).toList();
        this.pending = mine.stream().filter(t -> !done.contains(t.index())).toList();
        this.progress = new PointProgress(err, points(mine), points(mine) - points(pending));
    }

    /**
     * Opens {@code folder} for the {@code shard} of {@code spec}.
     *
     * @param err progress lines, or null for none
     */
    public static SweepPlan open(SweepSpec spec, Path folder, Shard shard, PrintWriter err) throws IOException {
        SweepGrid grid = SweepGrid.of(spec);
        SweepRows.check(spec, grid.tasks().stream().filter(t -> shard.contains(t.index())).toList(), folder);
        SweepDirectory dir = SweepDirectory.open(folder, spec, grid.tasks().size());
        return new SweepPlan(spec, grid, dir, shard, dir.done(), err);
    }

    public SweepSpec spec() {
        return spec;
    }

    /** The sweep's folder. */
    public Path folder() {
        return dir.root();
    }

    /** The tasks of the shard whose rows the folder does not hold yet, in order. */
    public List<SweepTask> pending() {
        return pending;
    }

    /** Stores the rows of task {@code index} (computed by {@link SweepRows#compute}). */
    public void store(int index, String rows) {
        dir.write(index, rows);
        progress.add(grid.tasks().get(index).points());
    }

    /** Writes the CSV (the full one, or the shard's rows) from the stored rows; every task of the shard must be stored. */
    public SweepOutcome finish() throws IOException {
        Set<Integer> done = dir.done();
        Map<Integer, SweepDirectory> sources = new LinkedHashMap<>();
        for (SweepTask t : mine) {
            if (!done.contains(t.index())) {
                throw new IllegalStateException("task " + t.index() + " was not computed");
            }
            sources.put(t.index(), dir);
        }
        Path csv = dir.root().resolve(shard.whole() ? SweepDirectory.RESULTS
                : String.format("shard-%d-of-%d.csv", shard.k(), shard.n()));
        SweepDirectory.assemble(csv, dir.header(), sources);
        return new SweepOutcome(points(mine), points(pending), csv, SweepRunner.notConverged(csv, dir.columns()));
    }

    private static long points(List<SweepTask> tasks) {
        return tasks.stream().mapToLong(SweepTask::points).sum();
    }
}
