package vcl.sim.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import vcl.sim.data.MiniBatches;
import vcl.sim.optim.Optimizer;
import vcl.sim.perceptron.DataLoss;
import vcl.sim.perceptron.FieldState;
import vcl.sim.perceptron.GradientTerm;
import vcl.sim.perceptron.SelfOverlapProjection;
import vcl.sim.perceptron.SelfOverlapSchedule;

/**
 * The training loop of one task: for every mini-batch, data gradient (summed over the batch), plus
 * every prior term weighted by batch/P, one optimizer step, then the optional q* projection. The
 * loss, the prior terms and the optimizer are given to it, not built by it. Confined to one thread.
 *
 * <p>Training stops as soon as it diverges: the fields are checked after every epoch (and before the
 * first), the loss whenever it is recorded; the epoch where a field or the loss is NaN or infinite
 * is recorded as {@link EpochRecord#divergedAt diverged} and ends the trajectory.
 */
final class Trainer {

    /** Computes the recorded observables at the state's current fields. */
    interface Observer {
        EpochRecord observe(int epoch, FieldState state);

        /**
         * The test error on the task being trained, as {@link #observe} records it; all the early
         * stop needs, checked every epoch.
         */
        double currentTestError(FieldState state);

        /** The record of an epoch where training diverged, {@code loss} the non-finite loss seen (or NaN). */
        EpochRecord diverged(int epoch, FieldState state, double loss);
    }

    private final FieldState state;
    private final MiniBatches batches;
    private final List<GradientTerm> priors;
    private final Optimizer optimizer;
    private final SgdConfig config;
    private final SelfOverlapSchedule schedule;
    private final UniformRandomProvider orderRng;
    private final DataLoss loss;

    Trainer(FieldState state, MiniBatches batches, DataLoss loss, List<GradientTerm> priors, Optimizer optimizer,
            SgdConfig config, SelfOverlapSchedule schedule, UniformRandomProvider orderRng) {
        this.state = state;
        this.batches = batches;
        this.loss = loss;
        this.priors = List.copyOf(priors);
        this.optimizer = optimizer;
        this.config = config;
        this.schedule = schedule;
        this.orderRng = orderRng;
    }

    /** Trains for the configured epochs and returns the recorded trajectory and the final fields. */
    RunResult train(Observer observer) {
        List<EpochRecord> records = new ArrayList<>();
        if (!state.finite()) {
            records.add(observer.diverged(0, state, Double.NaN));
            return new RunResult(records, state.fields(), false);
        }
        if (schedule != null) {
            SelfOverlapProjection.project(state, schedule.target(0));
        }
        records.add(checked(observer, 0));
        if (records.get(0).diverged()) {
            return new RunResult(records, state.fields(), false);
        }
        double[] grad = new double[state.size()];
        int examples = batches.data().count();
        int count = batches.count();
        boolean stopped = false;
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            if (config.reshuffle()) {
                batches.reshuffle(orderRng);
            }
            for (int b = 0; b < count; b++) {
                loss.batchGradient(state, batches, b, grad);
                double weight = batches.size(b) / (double) examples;
                for (GradientTerm prior : priors) {
                    prior.addGradient(state, weight, grad);
                }
                optimizer.step(state.fields(), grad);
                if (b == count - 1) {
                    state.refresh();
                } else {
                    state.update();
                }
                if (schedule != null) {
                    SelfOverlapProjection.project(state, schedule.target(epoch - 1 + (b + 1) / (double) count));
                }
            }
            if (!state.finite()) {
                records.add(observer.diverged(epoch, state, Double.NaN));
                break;
            }
            boolean last = epoch == config.epochs();
            boolean due = epoch % config.recordEvery() == 0 || last;
            boolean solved = config.stopAtZeroTestError() && observer.currentTestError(state) == 0;
            if (due || solved) {
                EpochRecord record = checked(observer, epoch);
                records.add(record);
                if (record.diverged()) {
                    break;
                }
            }
            if (solved && !last) {
                stopped = true;
                break;
            }
        }
        return new RunResult(records, state.fields(), stopped);
    }

    /** The observed record of {@code epoch}, or its diverged record when the loss is not finite. */
    private EpochRecord checked(Observer observer, int epoch) {
        EpochRecord record = observer.observe(epoch, state);
        return record.diverged() ? observer.diverged(epoch, state, record.loss()) : record;
    }
}
