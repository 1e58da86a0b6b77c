// =====================================================================================
// Notebook 01 - The binary perceptron in field space
//
// A teacher perceptron with weights w* in {-1,+1}^N labels random inputs. A student with
// binary weights must learn the teacher from P = alpha*N labelled examples. Binary weights
// cannot be trained by gradient descent directly, so every weight w_i is made a Bernoulli
// random variable with a real "field" h_i, and gradient descent runs on the fields.
//
// You will see: the data, the fields and what they mean, the Gaussian-field loss (checked
// against sampled networks and against finite differences), a short SGD run written out in
// full, and the generalization error eps_g = arccos(p)/pi as the student learns.
//
// Run it with `notebooks-java/run 01` from the repository root. Figures go to out/notebooks/01/.
// Set VCL_NOTEBOOK_QUICK=1 (or pass --quick to the run script) for a small, fast version.
// =====================================================================================

// One import per package keeps JShell quick (it compiles every top-level statement on its own).
import java.nio.file.*;
import java.util.*;
import vcl.sim.data.*;
import vcl.sim.optim.*;
import vcl.sim.perceptron.*;
import vcl.sim.run.*;
import vcl.plots.*;

boolean QUICK = "1".equals(System.getenv("VCL_NOTEBOOK_QUICK"));
Path OUT = Files.createDirectories(Path.of("out", "notebooks", "01"));
long START = System.nanoTime();

// -------------------------------------------------------------------------------------
// 1. Teacher and data
//
// The teacher has i.i.d. uniform weights w*_i = +-1. Each input xi^mu is a uniform +-1 vector
// and its label is y^mu = sign(w* . xi^mu) (sign(0) = +1). The load alpha = P/N counts examples
// per weight; the theory is exact when N and P grow together at fixed alpha.
// -------------------------------------------------------------------------------------
int N = QUICK ? 200 : 1000;
double ALPHA = 1.0;
int P = Patterns.countForLoad(ALPHA, N);
// Seeded random streams draw the teacher, the training set and a test set.
Teacher teacher = Teacher.random(N, RandomStreams.of(2023L));
Patterns train = Patterns.draw(teacher, P, RandomStreams.of(2024L));
Patterns test = Patterns.draw(teacher, 2000, RandomStreams.of(2025L));

// (A block in braces is one JShell statement: its local names stay inside it.)
{
    System.out.println("Notebook 01: the binary perceptron in field space" + (QUICK ? " (quick mode)" : ""));
    System.out.printf("%nN = %d weights, alpha = %.2f, so P = %d training examples (and 2000 test examples)%n", N, ALPHA, P);
    System.out.println("The first examples: the first 12 input components, the teacher's pre-activation w*.xi and the label");
    for (int mu = 0; mu < 4; mu++) {
        StringBuilder bits = new StringBuilder();
        int dot = 0;
        for (int i = 0; i < N; i++) {
            if (i < 12) {
                bits.append(train.input(mu, i) > 0 ? '+' : '-');
            }
            dot += teacher.weight(i) * train.input(mu, i);
        }
        System.out.printf("  mu = %d   xi = %s...   w*.xi = %+4d   y = %+d%n", mu, bits, dot, train.label(mu));
    }
    // w*.xi is a sum of N independent +-1 terms: of order sqrt(N), positive or negative with equal odds.
    int positives = 0;
    for (int mu = 0; mu < P; mu++) {
        positives += train.label(mu) > 0 ? 1 : 0;
    }
    System.out.printf("Fraction of +1 labels: %.3f (1/2 up to fluctuations of order 1/sqrt(P))%n", positives / (double) P);
}

// -------------------------------------------------------------------------------------
// 2. Fields, means and variances
//
// Each weight is Bernoulli with Q(w_i) = exp(beta_f h_i w_i) / (2 cosh(beta_f h_i)); here beta_f = 1.
// Its mean is m_i = tanh(beta_f h_i) and its variance sigma_i = 1 - m_i^2. A large |h_i| means a
// confident weight (sigma_i close to 0); h_i = 0 is a coin flip. The deployed network is
// w_i = sign(h_i). Initially h_i ~ N(0, 1).
// -------------------------------------------------------------------------------------
double BETA_F = 1.0;
double[] h0 = new double[N];   // the initial fields, h_i ~ N(0, 1)
{
    Random gauss = new Random(7);
    for (int i = 0; i < N; i++) {
        h0[i] = gauss.nextGaussian();
    }
}
FieldState state = new FieldState(h0, BETA_F);
long[] signs = new long[SpinWords.words(N)];   // the packed signs of the deployed student
{
    System.out.printf("%n%4s %9s %9s %9s %6s%n", "i", "h_i", "m_i", "sigma_i", "w*_i");
    for (int i = 0; i < 6; i++) {
        System.out.printf("%4d %+9.4f %+9.4f %9.4f %+6d%n", i, state.fields()[i], state.means()[i], state.variances()[i],
                teacher.weight(i));
    }
    // The self overlap q* = sum m_i^2 / N measures how sharp the student is (0: all coin flips, 1: all
    // deterministic); S = sum sigma_i is the variance of a pre-activation, used below.
    System.out.printf("q* = %.4f, S/N = %.4f (for h ~ N(0,1): E[tanh^2 h] = 0.394)%n", state.selfOverlap(),
            state.meanVariance());

    // The overlap p = w.w*/N of the deployed student sign(h) with the teacher gives the generalization
    // error of a binary perceptron on uniform inputs, eps_g = arccos(p)/pi (large-N limit).
    SpinWords.packSigns(state.fields(), N, signs);
    double p0 = teacher.overlap(signs);
    System.out.printf("Untrained student: p = %+.4f, eps_g = arccos(p)/pi = %.4f, test error = %.4f%n", p0,
            EpochRecord.generalizationError(p0), test.errorRate(signs));
}

// -------------------------------------------------------------------------------------
// 3. The Gaussian-field loss
//
// For an input xi, the pre-activation sum_i w_i xi_i of a network drawn from Q is a sum of many
// independent terms, so it is nearly Gaussian with mean mu = sum m_i xi_i and variance
// S = sum sigma_i (xi_i^2 = 1). The probability that a drawn network answers y is then
//     Pr(y) = H(-y mu / sqrt(S)),   H(t) = integral_t^inf Dz = erfc(t/sqrt 2)/2.
// Check it against networks actually drawn from Q.
// -------------------------------------------------------------------------------------
{
    int DRAWS = QUICK ? 500 : 2000;
    Random sampler = new Random(11);
    System.out.printf("%nPr(drawn network gives the label), Gaussian-field formula against %d sampled networks%n", DRAWS);
    System.out.printf("%4s %10s %10s %12s %10s %8s%n", "mu", "mu-field", "sqrt(S)", "H(-y mu/rS)", "sampled", "+-");
    for (int mu = 0; mu < 4; mu++) {
        double field = 0;
        for (int i = 0; i < N; i++) {
            field += state.means()[i] * train.input(mu, i);
        }
        double rootS = Math.sqrt(state.sumVariance());
        int y = train.label(mu);
        double formula = Math.exp(GaussianTail.logH(-y * field / rootS));
        int agree = 0;
        for (int d = 0; d < DRAWS; d++) {
            int pre = 0;
            for (int i = 0; i < N; i++) {
                // w_i = +1 with probability (1 + m_i)/2
                int w = sampler.nextDouble() < 0.5 * (1 + state.means()[i]) ? 1 : -1;
                pre += w * train.input(mu, i);
            }
            agree += (pre >= 0 ? 1 : -1) == y ? 1 : 0;
        }
        double sampled = agree / (double) DRAWS;
        System.out.printf("%4d %+10.3f %10.3f %12.4f %10.4f %8.4f%n", mu, field, rootS, formula, sampled,
                Math.sqrt(sampled * (1 - sampled) / DRAWS));
    }
    // The sampled column agrees with the formula to within a few of its sampling errors (+-). What is
    // left is of order 1/sqrt(S): the true pre-activation moves in steps of 2 and sign(0) = +1 counts
    // the value 0 as a +1 answer, details a Gaussian cannot see. They vanish as N grows.
}

// The loss is the negative log-likelihood of the labels under the Gaussian field approximation,
//     L(h) = - sum_mu log H(t_mu),   t_mu = -y^mu mu(xi^mu) / sqrt(S).
// Written out by hand, and compared with the workbench's GaussianFieldLoss:
GaussianFieldLoss lossEngine = new GaussianFieldLoss(N);
double[] grad = new double[N];
{
    double byHand = 0;
    for (int mu = 0; mu < P; mu++) {
        double field = 0;
        for (int i = 0; i < N; i++) {
            field += state.means()[i] * train.input(mu, i);
        }
        byHand -= GaussianTail.logH(-train.label(mu) * field / Math.sqrt(state.sumVariance()));
    }
    double engine = lossEngine.value(state, train);
    System.out.printf("%nLoss per example at the start: by hand %.10f, GaussianFieldLoss %.10f (log 2 = %.4f for a blind guess)%n",
            byHand / P, engine / P, Math.log(2));

    // Its gradient is exact: dL/dh_i = beta_f sigma_i (S A_i + m_i C) / S^(3/2), A_i and C sums over the
    // examples (see theory.md, section 2). Check two components against central finite differences.
    MiniBatches whole = new MiniBatches(train, P);
    lossEngine.batchGradient(state, whole, 0, grad);
    FieldState probe = new FieldState(h0, BETA_F);
    double DELTA = 1e-5;
    System.out.printf("%4s %16s %16s%n", "i", "dL/dh_i exact", "finite diff.");
    for (int i : new int[] {0, 1}) {
        probe.fields()[i] = h0[i] + DELTA;
        probe.refresh();
        double up = lossEngine.value(probe, train);
        probe.fields()[i] = h0[i] - DELTA;
        probe.refresh();
        double down = lossEngine.value(probe, train);
        probe.fields()[i] = h0[i];
        probe.refresh();
        System.out.printf("%4d %+16.8f %+16.8f%n", i, grad[i], (up - down) / (2 * DELTA));
    }
}

// -------------------------------------------------------------------------------------
// 4. A short SGD run, written out
//
// Mini-batches of max(P/20, 10) examples in a fixed order, momentum SGD (v <- 0.9 v + lr g,
// h <- h - v) with lr = 0.03: the protocol of the paper's figure 1a. After every step the means
// and variances are brought up to date. Watch the loss fall, p rise and eps_g fall; eps_g from
// the overlap and the error on fresh test data tell the same story.
// -------------------------------------------------------------------------------------
int EPOCHS = QUICK ? 15 : 60;
int BATCH = Math.min(P, Math.max((P + 19) / 20, 10));
List<double[]> handRun = new ArrayList<>();   // rows: epoch, loss/P, p, eps_g, test error, q*
void record(int epoch) {
    SpinWords.packSigns(state.fields(), N, signs);
    double p = teacher.overlap(signs);
    handRun.add(new double[] {epoch, lossEngine.value(state, train) / P, p, EpochRecord.generalizationError(p),
        test.errorRate(signs), state.selfOverlap()});
}
{
    MiniBatches batches = new MiniBatches(train, BATCH);
    Optimizer sgd = OptimizerSpec.momentum(0.03, 0.9).create(N);
    record(0);
    for (int epoch = 1; epoch <= EPOCHS; epoch++) {
        for (int b = 0; b < batches.count(); b++) {
            lossEngine.batchGradient(state, batches, b, grad);   // summed over the batch's examples
            sgd.step(state.fields(), grad);                      // updates h in place
            state.refresh();                                     // new m_i, sigma_i and S
        }
        record(epoch);
    }
    System.out.printf("%nSGD by hand: N = %d, alpha = %.1f, batch %d, %d epochs%n", N, ALPHA, BATCH, EPOCHS);
    System.out.printf("%6s %10s %9s %9s %11s %8s%n", "epoch", "loss/P", "p", "eps_g", "test error", "q*");
    for (double[] r : handRun) {
        int e = (int) r[0];
        if (e % (EPOCHS / 5) == 0 || e == 1 || e == EPOCHS) {
            System.out.printf("%6d %10.5f %9.4f %9.4f %11.4f %8.4f%n", e, r[1], r[2], r[3], r[4], r[5]);
        }
    }
}
// The fields grow as the student becomes confident (q* rises towards 1): the loss can keep
// falling by sharpening the weights even when the signs, and so eps_g, change little.

// -------------------------------------------------------------------------------------
// 5. Learning curves at three loads, with the workbench's simulation runner
//
// Task1Config.figure1a packages the same protocol (teacher, data and initial fields from one seed):
// it is the one-task case of a TaskSequence learned by the FieldPerceptron (notebook 03 runs three
// tasks); vcl.sim.run.Task1Sweep runs every load on its own thread. More data per weight, better student:
// at alpha = 2 the student approaches the teacher (the replica theory of notebook 02 says why
// there is a jump between alpha = 1.5 and 2).
// -------------------------------------------------------------------------------------
double[] LOADS = {0.5, 1.0, 2.0};
int RUN_EPOCHS = QUICK ? 20 : 150;
var runs = Task1Sweep.run(Task1Config.figure1a(N, 1.0, RUN_EPOCHS, QUICK ? 2 : 5), LOADS, 1, 2023L,
        new ParallelRunner(2), ParallelRunner.Progress.NONE);
{
    System.out.printf("%nLearning curves (figure-1a protocol, N = %d): eps_g after the given epoch%n", N);
    System.out.printf("%6s", "epoch");
    for (double a : LOADS) {
        System.out.printf("  alpha=%-4.1f", a);
    }
    System.out.println();
    var firstTrajectory = runs.get(0).result().trajectory();
    for (int k = 0; k < firstTrajectory.size(); k += Math.max(1, firstTrajectory.size() / 6)) {
        System.out.printf("%6d", firstTrajectory.get(k).epoch());
        for (var run : runs) {
            System.out.printf("  %10.4f", run.result().trajectory().get(k).epsG1());
        }
        System.out.println();
    }
    System.out.printf("%6s", "final");
    for (var run : runs) {
        System.out.printf("  %10.4f", run.result().finalEpsG());
    }
    System.out.println();
}

// -------------------------------------------------------------------------------------
// 6. Figures: (a) the hand-written run, (b) learning curves at three loads
// -------------------------------------------------------------------------------------
double[] column(List<double[]> rows, int c) {
    return rows.stream().mapToDouble(r -> r[c]).toArray();
}
{
    PanelSpec handPanel = PanelSpec.of(AxisSpec.linear("epoch"), AxisSpec.linear("error").range(0, 0.55),
            LineSeries.of("ε_g = arccos(p)/π", column(handRun, 0), column(handRun, 3)).withColor(Palette.BLUE),
            PointSeries.of("test error", column(handRun, 0), column(handRun, 4)).withColor(Palette.VERMILLION));
    List<Series> curves = new ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
        var traj = runs.get(k).result().trajectory();
        curves.add(LineSeries.of("α = " + LOADS[k], traj.stream().mapToDouble(EpochRecord::epoch).toArray(),
                traj.stream().mapToDouble(EpochRecord::epsG1).toArray()).withColor(Palette.color(k)));
    }
    PanelSpec curvePanel = PanelSpec.of(AxisSpec.linear("epoch"), AxisSpec.linear("ε_g").range(0, 0.55),
            curves.toArray(new Series[0]));
    // (In JShell a line that already forms a complete statement is run as it is, so chained calls
    // keep their dots at the end of a line, never at the start of the next.)
    FigureSpec figure = FigureSpec.row(handPanel, curvePanel).withTitle("Notebook 01: SGD in field space, N = " + N);
    var written = vcl.experiments.io.FigureFiles.writeAll(figure, OUT, "learning");
    System.out.printf("%nFigures written to %s: %s%n", OUT, written.stream().map(f -> f.getFileName().toString()).toList());
    System.out.printf("Notebook 01 finished in %.1f s%n", (System.nanoTime() - START) / 1e9);
}
/exit
