// =====================================================================================
// Notebook 04 - Deep continual learning
//
// Notebooks 01-03 followed ONE binary perceptron: every weight w_i = +-1 a Bernoulli variable with
// mean m_i = tanh(h_i), trained in the space of its fields h, and the KL divergence to the fields
// of the previous task as the memory of that task. Here the same rule runs in every layer of a deep
// network (the paper's variational binary MLP, vcl.sim.mlp), on a stream of permuted-image tasks:
//   1. from the perceptron to the deep network: fields per layer, mu = tanh(beta*theta), and the
//      Gaussian pre-activations every unit sees;
//   2. the beta schedule beta(t) = 10 tanh(0.1 + 2t/T) over the whole stream;
//   3. a small continual run, task after task, every task's test accuracy after every epoch;
//   4. the KL term as consolidation: the distribution of sigma = 1 - tanh^2(beta*theta) per layer
//      after each task, and which weights it holds;
//   5. the same stream with elastic weight consolidation (EWC) on a real-valued network.
// Figures go to out/notebooks/04/. Set VCL_NOTEBOOK_QUICK=1 for a fast version on synthetic data
// (the full version uses a slice of Fashion-MNIST when it is installed, synthetic data otherwise).
// =====================================================================================

import java.nio.file.*;
import java.util.*;
import vcl.sim.mlp.*;
import vcl.sim.images.*;
import vcl.sim.ewc.*;
import vcl.plots.*;

boolean QUICK = "1".equals(System.getenv("VCL_NOTEBOOK_QUICK"));
Path OUT = Files.createDirectories(Path.of("out", "notebooks", "04"));
long START = System.nanoTime();
int THREADS = 2;

// -------------------------------------------------------------------------------------
// 1. From the perceptron's field-space rule to the deep network
//
// Layer l of the network has a matrix of fields theta_l (input width x output width). Each weight
// is +-1 with mean mu = tanh(beta*theta) and variance 1 - mu^2 = sigma = 1 - tanh^2(beta*theta).
// A unit j of the next layer sums many independent terms x_i w_ij / sqrt(n): by the central limit
// theorem its pre-activation is Gaussian, of mean sum_i x_i mu_ij / sqrt(n) and variance
// sum_i x_i^2 sigma_ij / n - exactly the "Gaussian field" of notebook 01, now for every unit of
// every layer. Training samples that Gaussian per example (the local reparameterization), passes
// it through ReLU to the next layer, and ends in a softmax over the classes. Adam moves the fields
// theta by the gradient of the cross-entropy plus the KL prior to the fields of the past.
// -------------------------------------------------------------------------------------
double sigmaOf(double beta, float theta) {
    double c = Math.cosh(beta * theta);
    return 1 / (c * c);           // = 1 - tanh^2, without the cancellation near |tanh| = 1
}
double meanSigma(float[] theta, double beta) {
    double s = 0;
    for (float t : theta) {
        s += sigmaOf(beta, t);
    }
    return s / theta.length;
}
{
    System.out.println("Notebook 04: deep continual learning" + (QUICK ? " (quick mode)" : ""));
    MlpShape paper = MlpShape.PAPER;
    System.out.printf("%nThe paper's network %s: %d weight layers, %,d binary weights, no biases.%n",
            paper, paper.layers(), paper.weights());
    MlpState fresh = MlpState.initial(MlpShape.of(784, List.of(64, 64), 10), 1);
    System.out.println("Fields start as N(0, 1); the mean weight variance sigma per layer at a few beta:");
    System.out.printf("%8s %10s %10s %10s%n", "beta", "layer 1", "layer 2", "layer 3");
    for (double beta : new double[] {0.5, 1, 2, 5, 10}) {
        System.out.printf("%8.1f", beta);
        for (int l = 0; l < 3; l++) {
            System.out.printf(" %10.4f", meanSigma(fresh.fields(l), beta));
        }
        System.out.println();
    }
    System.out.println("As beta grows, tanh(beta*theta) saturates: the weights become deterministic (sigma -> 0)"
            + " even with the fields unchanged.");
}

// -------------------------------------------------------------------------------------
// 2. The beta schedule
//
// The paper raises beta over the whole stream of T = tasks x epochs epochs:
// beta(t) = 10 tanh(0.1 + 2 t/T) for permuted streams. Early on (beta ~ 1-2) the weights are
// noisy and plastic; late (beta ~ 9.6) nearly every weight is a sure +-1.
// -------------------------------------------------------------------------------------
int TASKS = QUICK ? 3 : 5;
int EPOCHS = 3;
int TOTAL = TASKS * EPOCHS;
BetaSchedule SCHEDULE = BetaSchedule.PAPER;
{
    System.out.printf("%nbeta schedule %s over T = %d epochs (%d tasks x %d epochs):%n", SCHEDULE, TOTAL, TASKS, EPOCHS);
    for (int t = 1; t <= TOTAL; t++) {
        System.out.printf("  epoch %2d (task %d): beta = %.3f%n", t, (t - 1) / EPOCHS + 1, SCHEDULE.beta(t, TOTAL));
    }
    int fine = 100;
    double[] x = new double[fine];
    double[] y = new double[fine];
    for (int i = 1; i <= fine; i++) {
        x[i - 1] = (double) i / fine;
        y[i - 1] = SCHEDULE.beta(i, fine);
    }
    double[] tx = new double[TOTAL];
    double[] ty = new double[TOTAL];
    for (int t = 1; t <= TOTAL; t++) {
        tx[t - 1] = (double) t / TOTAL;
        ty[t - 1] = SCHEDULE.beta(t, TOTAL);
    }
    PanelSpec panel = PanelSpec.of(AxisSpec.linear("t / T"), AxisSpec.linear("β").range(0, 10.5),
            LineSeries.of("β = 10 tanh(0.1 + 2t/T)", x, y).withColor(Palette.BLUE),
            PointSeries.of("the epochs of this run", tx, ty).withColor(Palette.VERMILLION));
    var written = vcl.experiments.io.FigureFiles.writeAll(FigureSpec.of(panel).withTitle("Notebook 04: the β schedule"),
            OUT, "beta-schedule");
    System.out.println("Figure: " + written.stream().map(f -> f.getFileName().toString()).toList());
}

// -------------------------------------------------------------------------------------
// 3. The data: permuted tasks
//
// Quick mode (and any machine without the data sets): synthetic 14x14 images, one random
// black-and-white prototype per class; an image shows its class's prototype in a random 35 % of
// its pixels and uniform noise elsewhere (SyntheticImages gives the noise and the labels). The full
// version takes a slice of Fashion-MNIST if scripts/install-datasets has installed it. Task t sees
// the pixels in its own random order (task 1 included), as the permuted streams of `vcl cl run` do:
// the tasks share the labels and the statistics of the images, not the meaning of a pixel.
// -------------------------------------------------------------------------------------
double KEEP = 0.35;
ImageSet prototypes(ImageSet noise, long seed) {
    int d = noise.dim();
    Random rng = new Random(seed);
    byte[][] proto = new byte[noise.classes()][d];
    for (byte[] p : proto) {
        for (int i = 0; i < d; i++) {
            p[i] = (byte) (rng.nextBoolean() ? 255 : 0);
        }
    }
    byte[] pixels = noise.pixels().clone();
    Random mix = new Random(seed + noise.count());
    for (int n = 0; n < noise.count(); n++) {
        for (int i = 0; i < d; i++) {
            if (mix.nextDouble() < KEEP) {
                pixels[n * d + i] = proto[noise.label(n)][i];
            }
        }
    }
    return new ImageSet("class prototypes in noise", noise.rows(), noise.cols(), pixels, noise.labels(), noise.classes());
}
Path DATA = vcl.experiments.cl.DataDirectory.resolve(null);
boolean REAL = !QUICK && Files.isDirectory(DataSetFiles.directory(DATA, DataSetKind.FASHION_MNIST));
ImageSet TRAIN;
ImageSet TEST;
if (REAL) {
    DataSet fmnist = DataSetFiles.load(DATA, DataSetKind.FASHION_MNIST);
    TRAIN = fmnist.train().head(6400);
    TEST = fmnist.test().head(2000);
} else {
    TRAIN = prototypes(SyntheticImages.uniform(QUICK ? 2560 : 6400, 14, 14, 10, 1), 7);
    TEST = prototypes(SyntheticImages.uniform(1000, 14, 14, 10, 2), 7);
}
DeepRunSeeds SEEDS = new DeepRunSeeds(2024);
List<ImageTask> STREAM = new ArrayList<>();
for (int t = 1; t <= TASKS; t++) {
    STREAM.add(new ImageTask("task " + t, TRAIN, TEST, Permutations.pixelOrder(TRAIN.dim(), SEEDS.permutation(t))));
}
int BATCH = 64;
int BATCHES = TRAIN.count() / BATCH;
MlpShape SHAPE = MlpShape.of(TRAIN.dim(), QUICK ? List.of(64, 64) : List.of(128, 128), 10);
{
    System.out.printf("%nData: %s, %d training and %d test images of %d pixels; %d tasks x %d epochs of %d batches of %d;"
            + " network %s%n", REAL ? "Fashion-MNIST slice" : "synthetic class prototypes in noise", TRAIN.count(),
            TEST.count(), TRAIN.dim(), TASKS, EPOCHS, BATCHES, BATCH, SHAPE);
}

// -------------------------------------------------------------------------------------
// 4. A small continual run of the variational binary network
//
// After every epoch: the test accuracy of every task (the mean network, weights sign(mu)).
// After every task: a copy of the fields, for section 5. R[i][j] is the accuracy on task j after
// task i; ACC = mean_j R[T][j], BWT = mean_{j<T} (R[T][j] - R[j][j]) (negative: forgetting).
// -------------------------------------------------------------------------------------
MlpTraining TRAINING = MlpTraining.PAPER.withBatches(BATCH, BATCHES);
VariationalMlp NET = new VariationalMlp(SHAPE, TRAINING, THREADS);
MlpState STATE = NET.initialState(SEEDS.init());
List<MlpState> AFTER_TASK = new ArrayList<>();
double[] BETA_AFTER_TASK = new double[TASKS];
double[][] R_VCL = new double[TASKS][TASKS];
// curve[j] = accuracy on task j+1 after every epoch (index 0: before training)
double[][] CURVE_VCL = new double[TASKS][TOTAL + 1];
{
    System.out.printf("%nThe variational binary network, epoch after epoch (accuracy on every task):%n");
    System.out.printf("%6s %6s %7s %8s", "task", "epoch", "beta", "loss");
    for (int j = 1; j <= TASKS; j++) {
        System.out.printf(" %7s", "acc " + j);
    }
    System.out.println();
    for (int j = 0; j < TASKS; j++) {
        ImageTask task = STREAM.get(j);
        CURVE_VCL[j][0] = NET.accuracy(STATE, task.test(), task.pixelOrder(), SCHEDULE.beta(1, TOTAL), EvalMode.MEAN, 1, 0);
    }
    for (int g = 1; g <= TOTAL; g++) {
        int t = (g - 1) / EPOCHS;
        double beta = SCHEDULE.beta(g, TOTAL);
        EpochStats stats = NET.trainEpoch(STATE, STREAM.get(t), beta, SEEDS.epoch(g));
        System.out.printf("%6d %6d %7.3f %8.4f", t + 1, (g - 1) % EPOCHS + 1, beta, stats.meanLoss());
        for (int j = 0; j < TASKS; j++) {
            ImageTask task = STREAM.get(j);
            CURVE_VCL[j][g] = NET.accuracy(STATE, task.test(), task.pixelOrder(), beta, EvalMode.MEAN, 1, 0);
            System.out.printf(" %7.4f", CURVE_VCL[j][g]);
        }
        System.out.println();
        if (g % EPOCHS == 0) {
            NET.endTask(STATE);
            AFTER_TASK.add(STATE.copy());
            BETA_AFTER_TASK[t] = beta;
            for (int j = 0; j < TASKS; j++) {
                R_VCL[t][j] = CURVE_VCL[j][g];
            }
        }
    }
}
double acc(double[][] r) {
    double s = 0;
    for (double x : r[r.length - 1]) {
        s += x;
    }
    return s / r.length;
}
double bwt(double[][] r) {
    int last = r.length - 1;
    double s = 0;
    for (int j = 0; j < last; j++) {
        s += r[last][j] - r[j][j];
    }
    return last == 0 ? 0 : s / last;
}
{
    System.out.printf("variational binary network: ACC = %.4f, BWT = %+.4f%n", acc(R_VCL), bwt(R_VCL));
}

// -------------------------------------------------------------------------------------
// 5. The KL term as consolidation
//
// The KL prior pulls every field back towards the fields of the past with a force beta^2 sigma
// (theta - theta_anchor) (MlpTraining). The data act on the weight's mean mu = tanh(beta*theta):
// to flip a weight whose field is far out (|beta*theta| >> 1, sigma ~ 0), the data must drag
// theta all the way back through 0 against that spring. So weights with small sigma are the
// consolidated ones - hard to flip, like the large hidden weights of metaplasticity - and weights
// with sigma near 1 are free. We look at log10(sigma) per layer after each task, with a control:
// the INITIAL fields at the last beta (what the schedule alone does to sigma, without learning).
// -------------------------------------------------------------------------------------
double SIGMA_FLOOR = 1e-10;
int BINS = 20;
double[] histogram(float[] theta, double beta) {
    double[] h = new double[BINS];
    for (float t : theta) {
        double x = Math.log10(Math.max(sigmaOf(beta, t), SIGMA_FLOOR));
        int b = (int) Math.floor((x + 10) / 10 * BINS);
        h[Math.min(BINS - 1, Math.max(0, b))] += 1.0 / theta.length;
    }
    return h;
}
double fraction(float[] theta, double beta, double below) {
    int n = 0;
    for (float t : theta) {
        if (sigmaOf(beta, t) < below) {
            n++;
        }
    }
    return (double) n / theta.length;
}
double CONSOLIDATED = 0.01;     // sigma < 0.01: |beta*theta| > 3, the weight flips with probability < 0.25 %
MlpState INITIAL = NET.initialState(SEEDS.init());
{
    System.out.printf("%nFraction of weights with sigma < %.2f (consolidated), per layer, after each task:%n", CONSOLIDATED);
    System.out.printf("%12s %7s", "after", "beta");
    for (int l = 0; l < SHAPE.layers(); l++) {
        System.out.printf(" %9s", "layer " + (l + 1));
    }
    System.out.println();
    for (int t = 0; t < TASKS; t++) {
        System.out.printf("%12s %7.3f", "task " + (t + 1), BETA_AFTER_TASK[t]);
        for (int l = 0; l < SHAPE.layers(); l++) {
            System.out.printf(" %9.4f", fraction(AFTER_TASK.get(t).fields(l), BETA_AFTER_TASK[t], CONSOLIDATED));
        }
        System.out.println();
    }
    double lastBeta = BETA_AFTER_TASK[TASKS - 1];
    System.out.printf("%12s %7.3f", "init fields", lastBeta);
    for (int l = 0; l < SHAPE.layers(); l++) {
        System.out.printf(" %9.4f", fraction(INITIAL.fields(l), lastBeta, CONSOLIDATED));
    }
    System.out.println("   <- the schedule alone");

    System.out.println("\nWhich weights stay consolidated? Of the weights consolidated after task 1, the fraction whose sign"
            + " (of mu) is the same after the last task, against the same fraction for the other weights:");
    for (int l = 0; l < SHAPE.layers(); l++) {
        float[] first = AFTER_TASK.get(0).fields(l);
        float[] last = AFTER_TASK.get(TASKS - 1).fields(l);
        int held = 0, heldKept = 0, free = 0, freeKept = 0;
        for (int i = 0; i < first.length; i++) {
            boolean kept = Math.signum(first[i]) == Math.signum(last[i]);
            if (sigmaOf(BETA_AFTER_TASK[0], first[i]) < CONSOLIDATED) {
                held++;
                heldKept += kept ? 1 : 0;
            } else {
                free++;
                freeKept += kept ? 1 : 0;
            }
        }
        System.out.printf("  layer %d: consolidated after task 1: %6.2f %% of %d keep their sign; the others: %6.2f %% of %d%n",
                l + 1, held == 0 ? Double.NaN : 100.0 * heldKept / held, held, free == 0 ? Double.NaN : 100.0 * freeKept / free, free);
    }
}
{
    PanelSpec[] panels = new PanelSpec[SHAPE.layers()];
    double[] centres = new double[BINS];
    for (int b = 0; b < BINS; b++) {
        centres[b] = -10 + (b + 0.5) * 10.0 / BINS;
    }
    for (int l = 0; l < SHAPE.layers(); l++) {
        List<Series> series = new ArrayList<>();
        for (int t = 0; t < TASKS; t++) {
            series.add(LineSeries.of("after task " + (t + 1) + " (β = " + String.format("%.2f", BETA_AFTER_TASK[t]) + ")",
                    centres, histogram(AFTER_TASK.get(t).fields(l), BETA_AFTER_TASK[t])).withColor(Palette.color(t)));
        }
        series.add(LineSeries.of("initial fields at the last β", centres,
                histogram(INITIAL.fields(l), BETA_AFTER_TASK[TASKS - 1])).withColor(Palette.BLACK).withStyle(LineStyle.DASHED));
        panels[l] = PanelSpec.of(AxisSpec.linear("log₁₀ σ (σ = 1 − tanh² βθ; left edge: σ ≤ 10⁻¹⁰)"),
                AxisSpec.linear("fraction of the layer's weights"), series.toArray(new Series[0]))
                .withTag("layer " + (l + 1) + " (" + SHAPE.in(l) + "×" + SHAPE.out(l) + ")");
    }
    var written = vcl.experiments.io.FigureFiles.writeAll(FigureSpec.row(panels)
            .withTitle("Notebook 04: the weight variance σ per layer after each task"), OUT, "sigma-per-layer");
    System.out.println("Figure: " + written.stream().map(f -> f.getFileName().toString()).toList());
}
// Read the figure and the tables together. Every task moves weight to small sigma, further than the
// dashed control (the initial fields at the same beta): learning, not only the schedule, drives the
// fields outwards. The output layer consolidates most - its weights serve every task, since the
// classes are the same - and the first layer least: a permutation gives every task new input
// pixels, so each task needs first-layer weights of its own. The weights consolidated after task 1
// keep their sign almost always; the others flip far more often. Those are the weights the KL term
// holds: the ones the first task drove far out, as large hidden weights in metaplasticity.

// -------------------------------------------------------------------------------------
// 6. The same stream with elastic weight consolidation
//
// EWC (Kirkpatrick et al. 2017) consolidates a real-valued network with a quadratic penalty
// (lambda/2) sum_i F_i (w_i - w*_i)^2, F the diagonal Fisher of the past tasks: the deterministic
// counterpart of the KL prior, its stiffness set by the data (F) instead of by sigma.
// `vcl cl run --method ewc` runs it in the harness; here it runs directly (lambda = 100, the same
// Adam and batches, no beta).
// -------------------------------------------------------------------------------------
EwcMlp EWC = new EwcMlp(SHAPE, TRAINING, EwcSettings.of(100), THREADS);
EwcState EWC_STATE = EWC.initialState(SEEDS.init());
double[][] R_EWC = new double[TASKS][TASKS];
double[][] CURVE_EWC = new double[TASKS][TOTAL + 1];
{
    for (int j = 0; j < TASKS; j++) {
        CURVE_EWC[j][0] = EWC.accuracy(EWC_STATE, STREAM.get(j).test(), STREAM.get(j).pixelOrder());
    }
    for (int g = 1; g <= TOTAL; g++) {
        int t = (g - 1) / EPOCHS;
        EWC.trainEpoch(EWC_STATE, STREAM.get(t), SEEDS.epoch(g));
        for (int j = 0; j < TASKS; j++) {
            CURVE_EWC[j][g] = EWC.accuracy(EWC_STATE, STREAM.get(j).test(), STREAM.get(j).pixelOrder());
        }
        if (g % EPOCHS == 0) {
            EWC.consolidate(EWC_STATE, STREAM.get(t));
            for (int j = 0; j < TASKS; j++) {
                R_EWC[t][j] = CURVE_EWC[j][g];
            }
        }
    }
    System.out.printf("%nAccuracy matrices R[after task i][task j]:%n");
    for (String name : List.of("variational binary", "EWC")) {
        double[][] r = name.equals("EWC") ? R_EWC : R_VCL;
        System.out.printf("%s (ACC = %.4f, BWT = %+.4f)%n", name, acc(r), bwt(r));
        for (int i = 0; i < TASKS; i++) {
            System.out.printf("  after task %d:", i + 1);
            for (int j = 0; j < TASKS; j++) {
                System.out.printf(" %7.4f", r[i][j]);
            }
            System.out.println();
        }
    }
    double[] epochs = new double[TOTAL + 1];
    for (int g = 0; g <= TOTAL; g++) {
        epochs[g] = g;
    }
    List<Series> vclLines = new ArrayList<>();
    List<Series> ewcLines = new ArrayList<>();
    for (int j = 0; j < TASKS; j++) {
        double[] x = Arrays.copyOfRange(epochs, j * EPOCHS, TOTAL + 1);
        vclLines.add(LineSeries.of("task " + (j + 1), x, Arrays.copyOfRange(CURVE_VCL[j], j * EPOCHS, TOTAL + 1))
                .withColor(Palette.color(j)));
        ewcLines.add(LineSeries.of("task " + (j + 1), x, Arrays.copyOfRange(CURVE_EWC[j], j * EPOCHS, TOTAL + 1))
                .withColor(Palette.color(j)));
    }
    PanelSpec a = PanelSpec.of(AxisSpec.linear("epoch"), AxisSpec.linear("test accuracy").range(0, 1),
            vclLines.toArray(new Series[0])).withTag("variational binary (KL prior, β schedule)");
    PanelSpec b = PanelSpec.of(AxisSpec.linear("epoch"), AxisSpec.linear("test accuracy").range(0, 1),
            ewcLines.toArray(new Series[0])).withTag("EWC, λ = 100 (real weights)");
    var written = vcl.experiments.io.FigureFiles.writeAll(FigureSpec.row(a, b)
            .withTitle("Notebook 04: every task's accuracy from the epoch it starts"), OUT, "continual-run");
    System.out.println("Figure: " + written.stream().map(f -> f.getFileName().toString()).toList());
    System.out.println("The same comparison on the real data sets, with every method and seed statistics:"
            + " vcl cl run --method vcl|ewc --stream permuted-fmnist (see docs/deep.md).");
    System.out.printf("Notebook 04 finished in %.1f s%n", (System.nanoTime() - START) / 1e9);
}
/exit
