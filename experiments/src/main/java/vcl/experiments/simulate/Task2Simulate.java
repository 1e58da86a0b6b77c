package vcl.experiments.simulate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.Task2SimulateSpec;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.RunResult;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.Task2Sweep;

/**
 * Task 1, then task 2 with the KL to the task-1 fields as prior, over (α2, r0) and seeds, as the
 * rows of the CLI contract: one row per recorded epoch of each task (phase).
 */
public final class Task2Simulate {

    /** The CSV columns of the CLI contract (phase-1 rows have no second teacher: p2 and eps_g2 are NaN). */
    public static final List<String> COLUMNS = List.of("alpha1", "alpha2", "r0", "gamma", "n", "seed", "phase",
            "epoch", "p1", "p2", "eps_g1", "eps_g2", "qstar", "loss", "diverged");

    private Task2Simulate() {
    }

    /** Runs the grid, reporting progress on {@code err}. */
    public static SimulateTable run(Task2SimulateRequest request, PrintWriter err) {
        Task2SimulateSpec grid = request.grid();
        double[] alpha2s = grid.alpha2();
        double[] r0s = grid.r0();
        long master = request.run().masterSeed();
        boolean finalOnly = request.choices().finalOnly();
        List<Task2Sweep.Run> runs;
        long t0 = System.nanoTime();
        try (Progress progress = Progress.start("simulate task2", Task2Sweep.jobs(alpha2s, r0s, grid.seeds()), err)) {
            runs = Task2Sweep.run(request.template(), alpha2s, r0s, grid.seeds(), master,
                    new ParallelRunner(request.run().threads()), progress);
        }
        int n = request.template().task1().n();
        DataTable table = new DataTable(COLUMNS);
        for (Task2Sweep.Run run : runs) {
            for (RunResult phase : List.of(run.task1(), run.task2())) {
                for (EpochRecord r : finalOnly ? List.of(phase.last()) : phase.trajectory()) {
                    table.add(grid.alpha1(), run.alpha2(), run.r0(), grid.gamma(), n, run.seed(), r.task(),
                            r.epoch(), r.p(1), r.p(2), r.epsG(1), r.epsG(2), r.selfOverlap(), r.loss(), r.diverged());
                }
            }
        }
        int diverged = Divergence.report("simulate task2", runs.stream().map(Task2Sweep.Run::task2).toList(), err);
        SgdConfig first = request.template().task1().training();
        Map<String, Object> params = SimulateProvenance.training(request.template().task1(),
                request.template().training(), grid.seeds(), request.choices());
        params.put("alpha1", grid.alpha1());
        params.put("alpha2", alpha2s);
        params.put("r0", r0s);
        params.put("gamma", grid.gamma());
        params.put("kl_weight_per_batch", "batch/P2");
        params.put("epochs1", first.epochs());
        params.put("lr1", first.optimizer().lr());
        params.put("batch_sizes_task1", SimulateProvenance.batchSizes(request.template().task1(), first,
                new double[] {grid.alpha1()}));
        params.put("batch_sizes", SimulateProvenance.batchSizes(request.template().task1(), request.template().training(),
                alpha2s));
        Map<String, Object> prov = Provenance.of("simulate task2", params, (System.nanoTime() - t0) / 1e9);
        prov.put("master_seed", master);
        prov.put("streams", "seed k: split k of L64_X128_MIX(master_seed) gives two run seeds,"
                + " the first for task 1, the second for task 2 (every alpha2, r0)");
        prov.put("run_seeds_task1", SimulateProvenance.runSeeds(master, grid.seeds(), 0));
        prov.put("run_seeds_task2", SimulateProvenance.runSeeds(master, grid.seeds(), 1));
        return new SimulateTable(table, prov, diverged);
    }
}
