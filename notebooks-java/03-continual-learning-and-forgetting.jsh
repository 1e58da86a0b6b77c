// =====================================================================================
// Notebook 03 - Continual learning and forgetting
//
// Task 1 (teacher w1*, load alpha1 = 2, beta = 20) has been learned. Now a second teacher
// w2*_i = B_i w1*_i arrives, with B_i = +1 with probability (1 + r0)/2, so the two teachers overlap
// by r0. The student learns alpha2*N examples of teacher 2, starting from its task-1 state and,
// optionally, with the KL divergence to its task-1 fields as a prior of strength gamma:
//     loss_2(h) = -sum_mu log H(t_mu) + gamma KL(Q_h || Q_h1).
// In the theory this is a Franz-Parisi potential: the task-2 Gibbs measure coupled to the task-1
// saddle point through the term beta*gamma*F(m, m1) in the single-site exponent.
//
// Two numbers tell the story: eps_g1 = arccos(p1)/pi, the error on the OLD task (forgetting), and
// eps_g2 = arccos(p2)/pi, the error on the NEW task (learning). You will see them against alpha2
// for several r0, with the prior off (gamma = 0) and on (gamma = 1), then what gamma does, and
// finally a simulated sequence of three tasks.
// Figures go to out/notebooks/03/. Set VCL_NOTEBOOK_QUICK=1 for a fast, coarse version.
// =====================================================================================

import java.nio.file.*;
import java.util.*;
import vcl.theory.replica.GeneralizationError;
import vcl.theory.replica.QuadratureSettings;
import vcl.theory.task1.Task1Solution;
import vcl.theory.franzparisi.*;
import vcl.plots.*;

boolean QUICK = "1".equals(System.getenv("VCL_NOTEBOOK_QUICK"));
Path OUT = Files.createDirectories(Path.of("out", "notebooks", "03"));
long START = System.nanoTime();
double ALPHA1 = 2.0;
double BETA = 20;

// -------------------------------------------------------------------------------------
// 1. The reference: task 1 at alpha1 = 2
//
// Task2Solver.around solves task 1 at alpha1 (both starting points; the larger free entropy wins)
// and builds the density rho(m1) of a task-1 mean at a site (teacher-1 gauge +1). Its moments are
// the task-1 order parameters: E[m1] = r1, E[m1^2] = q1*, E[sign m1] = p1.
// -------------------------------------------------------------------------------------
Task2Solver solver = Task2Solver.around(ALPHA1, BETA, QuadratureSettings.DEFAULT, 1e-10, 400);
{
    System.out.println("Notebook 03: continual learning and forgetting" + (QUICK ? " (quick mode)" : ""));
    ReferenceDensity rho = solver.reference();
    double p1 = rho.meanSign();
    System.out.printf("%nTask 1 at alpha1 = %.1f, beta = %.0f: r1 = E[m1] = %.4f, q1* = E[m1^2] = %.4f, p1 = %.4f, eps_g1 = %.4f%n",
            ALPHA1, BETA, rho.mean(), rho.secondMoment(), p1, GeneralizationError.value(p1));
    System.out.println("Task 1 is learned almost perfectly: this is what task 2 may destroy.");
    System.out.println("The density of a task-1 mean, rho(m1), piles up near m1 = +1 (the teacher's sign):");
    for (double m : new double[] {-0.9, -0.5, 0.0, 0.5, 0.9, 0.99}) {
        System.out.printf("  rho(%+.2f) = %.4g%n", m, rho.density(m));
    }
}

// -------------------------------------------------------------------------------------
// 2. eps_g1 and eps_g2 against alpha2, with and without the KL prior
//
// Task2Sweep.overAlpha2 follows the task-2 saddle point by continuation in alpha2 at fixed
// (gamma, r0). Every solution says whether it converged; a point that did not is shown as such
// and left out of the figure.
// -------------------------------------------------------------------------------------
double[] ALPHA2 = QUICK ? new double[] {0.5, 1.5} : new double[] {0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6};
double[] R0 = QUICK ? new double[] {0.0, 0.5} : new double[] {0.0, 0.5, 0.9};
double[] GAMMA = {0.0, 1.0};
Task2Sweep sweep = new Task2Sweep(solver);
// curves.get(gamma index).get(r0 index) = the solutions along alpha2
List<List<List<Task2Solution>>> curves = new ArrayList<>();
for (double g : GAMMA) {
    List<List<Task2Solution>> perR0 = new ArrayList<>();
    for (double r0 : R0) {
        perR0.add(sweep.overAlpha2(ALPHA2, g, r0, null));
    }
    curves.add(perR0);
}
{
    for (int gi = 0; gi < GAMMA.length; gi++) {
        System.out.printf("%ngamma = %.1f%s%n", GAMMA[gi], GAMMA[gi] == 0 ? " (no memory of task 1 in the loss)" : " (KL prior to task 1)");
        System.out.printf("%6s", "alpha2");
        for (double r0 : R0) {
            System.out.printf("   r0=%.1f: eps_g1  eps_g2", r0);
        }
        System.out.println();
        for (int a = 0; a < ALPHA2.length; a++) {
            System.out.printf("%6.2f", ALPHA2[a]);
            for (int ri = 0; ri < R0.length; ri++) {
                Task2Solution s = curves.get(gi).get(ri).get(a);
                System.out.printf("          %7.4f %7.4f%s", s.epsG1(), s.epsG2(), s.converged() ? " " : "!");
            }
            System.out.println();
        }
    }
    System.out.println("(! marks a point whose solve did not converge)");
}
// Without the prior (gamma = 0) the student simply learns teacher 2 as if task 1 had never been
// there: eps_g2 follows the task-1 curve of notebook 02 at load alpha2, and the student keeps of
// teacher 1 only what teacher 2 shares with it. With r0 = 0 the old task is forgotten completely
// (eps_g1 -> 0.5); with r0 = 0.5 eps_g1 drifts towards arccos(0.5)/pi = 1/3 as task 2 is learned.
// With gamma = 1 the KL term holds the fields near their task-1 values: eps_g1 stays much lower,
// and task 2 is learned more slowly when the teachers differ (r0 = 0); when they share a lot
// (r0 = 0.9), remembering task 1 is a head start on task 2.

// -------------------------------------------------------------------------------------
// 3. What gamma does: the stability-plasticity trade-off
//
// At alpha2 = 1 and r0 = 0.5, sweep the strength of the prior. Large gamma: the student barely
// moves (stable, not plastic). gamma = 0: it forgets (plastic, not stable). In between, a weak
// prior can give a lower eps_g2 than gamma = 0: with r0 = 0.5, half of what task 1 taught is
// still true for task 2, and the prior keeps it while the new data are few.
// -------------------------------------------------------------------------------------
double[] GAMMAS = QUICK ? new double[] {0.0, 0.3, 3.0} : new double[] {0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0};
List<Task2Solution> overGamma = sweep.overGamma(GAMMAS, 1.0, 0.5, null);
{
    System.out.printf("%nalpha2 = 1, r0 = 0.5:%n%7s %8s %8s %8s %8s%n", "gamma", "eps_g1", "eps_g2", "q2*", "conv.");
    for (Task2Solution s : overGamma) {
        System.out.printf("%7.2f %8.4f %8.4f %8.4f %8s%n", s.gamma(), s.epsG1(), s.epsG2(), s.qStar(), s.converged());
    }
}

// -------------------------------------------------------------------------------------
// 4. Figures: (a) forgetting eps_g1 and (b) learning eps_g2 against alpha2 (gamma = 1 solid,
//    gamma = 0 dashed, one colour per r0); (c) both against gamma
// -------------------------------------------------------------------------------------
LineSeries curve(String name, List<Task2Solution> sols, boolean first, java.util.function.ToDoubleFunction<Task2Solution> x) {
    List<Task2Solution> ok = sols.stream().filter(Task2Solution::converged).toList();
    return LineSeries.of(name, ok.stream().mapToDouble(x).toArray(),
            ok.stream().mapToDouble(first ? Task2Solution::epsG1 : Task2Solution::epsG2).toArray());
}
{
    List<Series> forget = new ArrayList<>();
    List<Series> learn = new ArrayList<>();
    for (int gi = 0; gi < GAMMA.length; gi++) {
        for (int ri = 0; ri < R0.length; ri++) {
            String name = "r₀ = " + R0[ri] + ", γ = " + GAMMA[gi];
            LineStyle style = GAMMA[gi] == 0 ? LineStyle.DASHED : LineStyle.SOLID;
            List<Task2Solution> sols = curves.get(gi).get(ri);
            forget.add(curve(name, sols, true, Task2Solution::alpha2).withColor(Palette.color(ri)).withStyle(style));
            learn.add(curve(name, sols, false, Task2Solution::alpha2).withColor(Palette.color(ri)).withStyle(style));
        }
    }
    PanelSpec a = PanelSpec.of(AxisSpec.linear("α₂"), AxisSpec.linear("ε_g¹ (old task)").range(0, 0.52),
            forget.toArray(new Series[0]));
    PanelSpec b = PanelSpec.of(AxisSpec.linear("α₂"), AxisSpec.linear("ε_g² (new task)").range(0, 0.52),
            learn.toArray(new Series[0]));
    PanelSpec c = PanelSpec.of(AxisSpec.linear("γ"), AxisSpec.linear("ε_g").range(0, 0.52),
            curve("ε_g¹ (old task)", overGamma, true, Task2Solution::gamma).withColor(Palette.BLUE),
            curve("ε_g² (new task)", overGamma, false, Task2Solution::gamma).withColor(Palette.VERMILLION));
    FigureSpec figure = FigureSpec.row(a, b, c).withTitle("Notebook 03: task 2 after task 1 (α₁ = 2, β = 20); c: α₂ = 1, r₀ = 0.5");
    var written = vcl.experiments.io.FigureFiles.writeAll(figure, OUT, "forgetting");
    System.out.printf("%nFigures written to %s: %s%n", OUT, written.stream().map(f -> f.getFileName().toString()).toList());
}

// -------------------------------------------------------------------------------------
// 5. In simulation: a sequence of three tasks
//
// The simulator treats learning as a sequence of tasks. Each TaskSpec gives a task's data stream
// (load alpha, a teacher drawn fresh or correlated r0 with the previous task's teacher), its
// optimizer and schedule, and its priors (here gamma*KL to the fields the previous task ended at).
// The field-space perceptron learns them one after the other, each task from its own run seed,
// and every record holds eps_g on EVERY task learned so far: forgetting is read off directly.
// -------------------------------------------------------------------------------------
import vcl.sim.optim.OptimizerSpec;
import vcl.sim.run.FieldPerceptron;
import vcl.sim.run.PriorSpec;
import vcl.sim.run.RandomStreams;
import vcl.sim.run.SequenceResult;
import vcl.sim.run.SequenceRun;
import vcl.sim.run.SgdConfig;
import vcl.sim.run.TaskSequence;
import vcl.sim.run.TaskSpec;
import vcl.sim.run.TeacherSpec;

int SIM_N = QUICK ? 200 : 500;
int SIM_EPOCHS = QUICK ? 60 : 300;
SgdConfig SIM_SGD = new SgdConfig(OptimizerSpec.momentum(0.01, 0.9), 32, SIM_EPOCHS, false, SIM_EPOCHS, false);
TaskSpec simTask(double alpha, TeacherSpec teacher, double gamma) {
    List<PriorSpec> priors = gamma > 0 ? List.of(new PriorSpec.KlToPrevious(gamma)) : List.of();
    return new TaskSpec(alpha, teacher, 2000, SIM_SGD, priors, null);
}
TaskSequence THREE_TASKS = new TaskSequence(new FieldPerceptron(SIM_N, 1.0), List.of(
        simTask(ALPHA1, new TeacherSpec.Fresh(), 0),
        simTask(1.0, new TeacherSpec.Correlated(0.5), 1.0),
        simTask(1.0, new TeacherSpec.Correlated(0.5), 1.0)));
{
    long[] seeds = RandomStreams.runSeeds(2023L, 1, THREE_TASKS.size())[0];
    SequenceResult seq = THREE_TASKS.run(seeds, SequenceRun.Store.NONE).result();
    System.out.printf("%nThree tasks in simulation (N = %d, momentum SGD, %d epochs each; task t+1 has a teacher of"
            + " overlap r0 = 0.5 with task t's and gamma = 1):%n", SIM_N, SIM_EPOCHS);
    System.out.printf("%14s %9s %9s %9s%n", "eps_g after", "task 1", "task 2", "task 3");
    for (int t = 1; t <= seq.size(); t++) {
        double[] eps = seq.task(t).last().epsG();
        System.out.printf("%14s", "task " + t);
        for (int u = 0; u < 3; u++) {
            System.out.printf(" %9s", u < eps.length ? String.format("%.4f", eps[u]) : "-");
        }
        System.out.println();
    }
    System.out.println("Each task pulls the student towards its teacher while the older ones are partly forgotten;"
            + " gamma = 1 holds it near its previous fields, so a new task at alpha = 1 is learned only in part."
            + " Teacher 3 overlaps teacher 1 by about r0^2 = 0.25 only.");
    System.out.printf("Notebook 03 finished in %.1f s%n", (System.nanoTime() - START) / 1e9);
}
/exit
