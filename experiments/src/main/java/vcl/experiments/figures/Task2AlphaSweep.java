package vcl.experiments.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vcl.sim.run.EpochRecord;
import vcl.sim.run.Task2Sweep;

/**
 * The computation behind figures 3a–3d at one γ: task-2 simulations over (α2, r0) and the task-2
 * theory over α2 for each r0. Simulation values are the final ε of each run, mean ± std over seeds.
 */
record Task2AlphaSweep(double gamma, double[] alpha2, double[] r0, Task2Protocol protocol,
        List<Task2Sweep.Run> runs, List<Task2Theory.Curve> theory) {

    static final double ALPHA1 = 2;
    static final double BETA = 20;

    /** Mean ± std over seeds of the final value at (α2 index, r0 index). */
    Stats simulation(int a, int r, Task2Observable o) {
        return Stats.of(runs.stream().filter(x -> x.alpha2() == alpha2[a] && x.r0() == r0[r])
                .mapToDouble(x -> o.of(x.task2().last())).toArray());
    }

    /**
     * Largest change of the seed-mean ε (either observable) between the last two recorded epochs of
     * task 2 (a tenth of the epochs apart): how far the runs are from stationary.
     */
    double drift() {
        double worst = 0;
        for (int a = 0; a < alpha2.length; a++) {
            for (int r = 0; r < r0.length; r++) {
                for (Task2Observable o : Task2Observable.values()) {
                    int aa = a;
                    int rr = r;
                    List<List<EpochRecord>> traj = runs.stream()
                            .filter(x -> x.alpha2() == alpha2[aa] && x.r0() == r0[rr])
                            .map(x -> x.task2().trajectory()).toList();
                    TrajectoryStats t = TrajectoryStats.of(traj, o::of, 0);
                    int k = t.mean().length;
                    worst = Math.max(worst, Math.abs(t.mean()[k - 1] - t.mean()[k - 2]));
                }
            }
        }
        return worst;
    }

    /** Final ε of the task-1 runs (one per seed), the state task 2 starts from. */
    Stats task1Final() {
        return Stats.of(runs.stream().filter(x -> x.alpha2() == alpha2[0] && x.r0() == r0[0])
                .mapToDouble(x -> x.task1().last().epsG1()).toArray());
    }

    /** Every (r0, α2) with theory and simulation: |theory − simulation mean| of o. */
    List<Double> differences(Task2Observable o) {
        List<Double> out = new ArrayList<>();
        for (int r = 0; r < r0.length; r++) {
            for (int a = 0; a < alpha2.length; a++) {
                double sim = simulation(a, r, o).mean();
                theory.get(r).at(alpha2[a], o).ifPresent(t -> out.add(Math.abs(t - sim)));
            }
        }
        return out;
    }

    /** Simulation and theory numbers for the JSON record. */
    Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int r = 0; r < r0.length; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (Task2Observable o : Task2Observable.values()) {
                double[] mean = new double[alpha2.length];
                double[] std = new double[alpha2.length];
                double[] th = new double[alpha2.length];
                for (int a = 0; a < alpha2.length; a++) {
                    Stats s = simulation(a, r, o);
                    mean[a] = s.mean();
                    std[a] = s.std();
                    th[a] = theory.get(r).at(alpha2[a], o).orElse(Double.NaN);
                }
                row.put("sim_mean_" + o.key(), mean);
                row.put("sim_std_" + o.key(), std);
                row.put("theory_" + o.key(), th);
            }
            row.put("theory_failed_alpha2", theory.get(r).failed());
            row.put("theory_transition_alpha2", theory.get(r).transition().orElse(null));
            m.put("r0_" + r0[r], row);
        }
        return m;
    }
}
