package vcl.experiments.simulate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import vcl.experiments.io.DataTable;
import vcl.experiments.io.Progress;
import vcl.experiments.io.Provenance;
import vcl.experiments.spec.QStarRamp;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.Task1Sweep;

/** Task-1 runs over loads and seeds as the rows of the CLI contract: one row per recorded epoch. */
public final class Task1Simulate {

    /** The CSV columns of the CLI contract. */
    public static final List<String> COLUMNS = List.of("alpha", "n", "seed", "epoch", "p", "eps_g", "eps_test",
            "qstar", "loss", "diverged");

    private Task1Simulate() {
    }

    /** Runs the grid, reporting progress on {@code err}. */
    public static SimulateTable run(Task1SimulateRequest request, PrintWriter err) {
        double[] alphas = request.grid().alpha();
        int seeds = request.grid().seeds();
        long master = request.run().masterSeed();
        TrainingChoices choices = request.choices();
        List<Task1Sweep.Run> runs;
        long t0 = System.nanoTime();
        try (Progress progress = Progress.start("simulate task1", Task1Sweep.size(alphas, seeds), err)) {
            runs = Task1Sweep.run(request.template(), alphas, seeds, master,
                    new ParallelRunner(request.run().threads()), progress);
        }
        int n = request.template().n();
        DataTable table = new DataTable(COLUMNS);
        for (Task1Sweep.Run run : runs) {
            for (EpochRecord r : choices.finalOnly() ? List.of(run.result().last()) : run.result().trajectory()) {
                table.add(run.alpha(), n, run.seed(), r.epoch(), r.p(1), r.epsG(1), r.testError(1),
                        r.selfOverlap(), r.loss(), r.diverged());
            }
        }
        int diverged = Divergence.report("simulate task1", runs.stream().map(Task1Sweep.Run::result).toList(), err);
        Map<String, Object> params = SimulateProvenance.training(request.template(), request.template().training(),
                seeds, choices);
        params.put("alpha", alphas);
        params.put("batch_sizes", SimulateProvenance.batchSizes(request.template(), request.template().training(), alphas));
        params.put("entropy_prior", request.template().entropyPrior());
        params.put("qstar_ramp", QStarRamp.textOf(request.ramp()));
        Map<String, Object> prov = Provenance.of("simulate task1", params, (System.nanoTime() - t0) / 1e9);
        prov.put("master_seed", master);
        prov.put("streams", "seed k: run seed = first nextLong of split k of L64_X128_MIX(master_seed)");
        prov.put("run_seeds", SimulateProvenance.runSeeds(master, seeds, 0));
        return new SimulateTable(table, prov, diverged);
    }
}
