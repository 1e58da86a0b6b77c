// =====================================================================================
// Notebook 02 - The replica solution of task 1
//
// Notebook 01 trained the field-space student by SGD. Here the same learning is described by
// statistical mechanics: the means m_i are the degrees of freedom, with the Gibbs measure
//     P(m) ~ prod_mu H(t_mu(m))^beta        (beta = 20, the learning inverse temperature),
// and the replica-symmetric theory reduces the N-dimensional problem to three order parameters:
//     q* = m.m/N     self overlap (how sharp a student is)
//     q  = m^a.m^b/N overlap of two students drawn from the same measure
//     r  = m.w*/N    overlap with the teacher
// fixed by saddle-point equations. From them: p = E_z<sign m>, the overlap of the clipped student
// with the teacher, and eps_g = arccos(p)/pi. The free entropy Phi decides between coexisting
// solutions: the larger Phi is the stable one, and where the two cross there is a first-order
// transition.
//
// You will see: one saddle point and its checks, the order parameters against alpha on both
// branches, the free entropy and the transition, and the theory against a quick SGD sweep.
// Figures go to out/notebooks/02/. Set VCL_NOTEBOOK_QUICK=1 for a fast, coarse version.
// =====================================================================================

// One import per package keeps JShell quick. Both vcl.theory.task1 and vcl.sim.run have a class
// called Task1Sweep; the simulation one is written out in full below.
import java.nio.file.*;
import java.util.*;
import vcl.theory.task1.*;
import vcl.theory.replica.*;
import vcl.theory.prior.*;
import vcl.sim.run.ParallelRunner;
import vcl.sim.run.Task1Config;
import vcl.plots.*;

boolean QUICK = "1".equals(System.getenv("VCL_NOTEBOOK_QUICK"));
Path OUT = Files.createDirectories(Path.of("out", "notebooks", "02"));
long START = System.nanoTime();
double BETA = 20;

// -------------------------------------------------------------------------------------
// 1. One saddle point
//
// Task1Solver iterates the saddle-point map (q, r, q*) -> (E<m>^2, E<m>, E<m^2>), where <.> is the
// single-site average under exp(a m^2 + b m) on [-1, 1], a = q*^ - q^/2, b = sqrt(q^) z + r^, and
// the conjugates (q^, r^, q*^) are derivatives of the energetic term alpha G_E(q, r, q*).
// -------------------------------------------------------------------------------------
Task1Solver solver = new Task1Solver(BETA);
{
    System.out.println("Notebook 02: the replica solution of task 1" + (QUICK ? " (quick mode)" : ""));
    Task1Solution s = solver.solve(1.0, solver.smallAlphaGuess(1.0));
    System.out.printf("%nSaddle point at alpha = 1, beta = %.0f:%n", BETA);
    System.out.printf("  order parameters  q = %.6f   r = %.6f   q* = %.6f%n", s.q(), s.r(), s.qStar());
    System.out.printf("  conjugates        q^ = %.4f   r^ = %.4f   q*^ = %.4f%n", s.conjugates().qHat(),
            s.conjugates().rHat(), s.conjugates().qStarHat());
    System.out.printf("  observables       p = %.6f   eps_g = %.6f   Phi = %.6f%n", s.p(), s.epsG(), s.phi());
    System.out.printf("  solve             %d iterations, residual %.1e, converged %s%n", s.iterations(), s.residual(),
            s.converged());
    // Checks a student can make: the physical ordering r^2 <= q <= q* < 1, and eps_g = arccos(p)/pi.
    System.out.printf("  r^2 = %.4f <= q = %.4f <= q* = %.4f: %s;  arccos(p)/pi = %.6f%n", s.r() * s.r(), s.q(),
            s.qStar(), s.r() * s.r() <= s.q() && s.q() <= s.qStar(), Math.acos(s.p()) / Math.PI);
    // With almost no data the measure is flat on [-1, 1], where E[m^2] = 1/3.
    Task1Solution tiny = solver.solve(0.001, solver.smallAlphaGuess(0.001));
    System.out.printf("  alpha -> 0: q* = %.5f (flat measure: 1/3), r = %.5f, eps_g = %.4f (a coin flip: 0.5)%n",
            tiny.qStar(), tiny.r(), tiny.epsG());
}

// -------------------------------------------------------------------------------------
// 2. Order parameters against alpha, both branches
//
// Task1Sweep follows the solution by continuation upward from small alpha (poor generalization)
// and downward from large alpha (good generalization). Where both survive they coexist; each row
// says which branch it is and whether it is the stable one (the larger free entropy).
// -------------------------------------------------------------------------------------
double STEP = QUICK ? 0.25 : 0.1;
double[] ALPHAS = java.util.stream.IntStream.rangeClosed(1, (int) Math.round(2.0 / STEP)).mapToDouble(k -> k * STEP).toArray();
Task1Sweep theory = new Task1Sweep(solver);
List<Task1Solution> rows = theory.sweep(ALPHAS, null);
Optional<Double> transition = theory.transition(rows);
{
    System.out.printf("%n%6s %-16s %8s %8s %8s %8s %9s%n", "alpha", "branch", "q", "r", "q*", "eps_g", "Phi");
    for (Task1Solution s : rows) {
        System.out.printf("%6.2f %-16s %8.4f %8.4f %8.4f %8.4f %9.4f%n", s.alpha(), s.branch().label(), s.q(), s.r(),
                s.qStar(), s.epsG(), s.phi());
    }
}
// Read the table: r and q grow with alpha on the poor branch, but eps_g stays above 0.2; on the
// good branch r is close to q* ~ 1 and eps_g is tiny. All students become sharp (q* near 1)
// because beta = 20 rewards fitting every example.

// -------------------------------------------------------------------------------------
// 3. The free entropy and the first-order transition
//
// Where both branches exist, the one of larger Phi dominates the Gibbs measure. The transition
// alpha_t is where Phi_good = Phi_poor (found by bisection). Between the ends of the branches
// (spinodals) the other solution is metastable: gradient descent can stay stuck on it.
// -------------------------------------------------------------------------------------
{
    System.out.printf("%nWhere both branches exist:%n%6s %12s %12s %14s%n", "alpha", "Phi_poor", "Phi_good", "Phi_good-poor");
    Map<Double, Task1Solution> poor = new TreeMap<>();
    for (Task1Solution s : rows) {
        if (s.branch().poor()) {
            poor.put(s.alpha(), s);
        }
    }
    for (Task1Solution s : rows) {
        if (poor.containsKey(s.alpha()) && s.r() > poor.get(s.alpha()).r()) {
            Task1Solution w = poor.get(s.alpha());
            System.out.printf("%6.2f %12.5f %12.5f %+14.5f%n", s.alpha(), w.phi(), s.phi(), s.phi() - w.phi());
        }
    }
    System.out.println(transition.map(a -> String.format("First-order transition at alpha_t = %.5f (beta = %.0f)", a, BETA))
            .orElse("No transition inside this alpha grid"));
}

// -------------------------------------------------------------------------------------
// 4. Theory against a quick SGD sweep
//
// The figure-1a protocol of notebook 01 (momentum SGD on the Gaussian-field loss) at several loads
// and seeds. Simulations are finite (N, epochs), so expect agreement to a few hundredths below the
// transition and the good branch above it.
// -------------------------------------------------------------------------------------
int N = QUICK ? 100 : 500;
int SEEDS = QUICK ? 2 : 3;
int EPOCHS = QUICK ? 20 : 120;
double[] SIM_ALPHAS = QUICK ? new double[] {0.5, 1.0, 1.5, 2.0} : new double[] {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0};
var runs = vcl.sim.run.Task1Sweep.run(Task1Config.figure1a(N, 1.0, EPOCHS, EPOCHS), SIM_ALPHAS, SEEDS, 7L,
        new ParallelRunner(2), ParallelRunner.Progress.NONE);
double[] simMean = new double[SIM_ALPHAS.length];
double[] simStd = new double[SIM_ALPHAS.length];
// The stable-branch theory at alpha (the larger free entropy among the solutions found there).
double stableEps(double alpha) {
    Task1Solution best = solver.solve(alpha, solver.smallAlphaGuess(alpha));
    Task1Solution good = solver.solve(alpha, solver.largeAlphaGuess());
    if (!best.converged() || good.converged() && good.phi() > best.phi()) {
        best = good;
    }
    return best.epsG();
}
{
    System.out.printf("%nSGD (N = %d, %d seeds, %d epochs) against the stable-branch theory:%n", N, SEEDS, EPOCHS);
    System.out.printf("%6s %12s %12s %8s%n", "alpha", "theory eps", "SGD eps", "+- std");
    for (int a = 0; a < SIM_ALPHAS.length; a++) {
        double[] eps = new double[SEEDS];
        for (int k = 0; k < SEEDS; k++) {
            eps[k] = runs.get(a * SEEDS + k).result().finalEpsG();   // runs come alpha-major, seed-minor
        }
        double mean = Arrays.stream(eps).average().orElse(Double.NaN);
        simMean[a] = mean;
        simStd[a] = Math.sqrt(Arrays.stream(eps).map(e -> (e - mean) * (e - mean)).sum() / Math.max(1, SEEDS - 1));
        System.out.printf("%6.2f %12.4f %12.4f %8.4f%n", SIM_ALPHAS[a], stableEps(SIM_ALPHAS[a]), simMean[a], simStd[a]);
    }
}

// -------------------------------------------------------------------------------------
// 5. Figures: (a) order parameters, (b) eps_g with SGD, (c) free entropy of both branches
//
// Stable parts of a branch are solid lines, metastable parts dashed; alpha_t is marked.
// -------------------------------------------------------------------------------------
// Splits the rows into the poor and the good branch (a UNIQUE row belongs to the poor branch below
// alpha_t and to the good one above it), then into a stable piece (solid) and a metastable piece
// (dashed) that starts where the stable piece ends.
List<Series> branchLines(String name, java.util.function.ToDoubleFunction<Task1Solution> value, java.awt.Color color) {
    double at = transition.orElse(Double.POSITIVE_INFINITY);
    List<Series> out = new ArrayList<>();
    for (boolean good : new boolean[] {false, true}) {
        List<Task1Solution> stable = new ArrayList<>();
        List<Task1Solution> meta = new ArrayList<>();
        for (Task1Solution s : rows) {
            boolean isGood = s.branch() == Branch.UNIQUE ? s.alpha() > at : s.branch().good();
            if (isGood == good) {
                (good == (s.alpha() >= at) ? stable : meta).add(s);
            }
        }
        if (!stable.isEmpty() && !meta.isEmpty()) {
            meta.add(good ? meta.size() : 0, stable.get(good ? 0 : stable.size() - 1));
        }
        for (List<Task1Solution> piece : List.of(stable, meta)) {
            if (piece.size() >= 2) {
                LineSeries line = LineSeries.of(piece == stable && !good ? name : "",
                        piece.stream().mapToDouble(Task1Solution::alpha).toArray(),
                        piece.stream().mapToDouble(value).toArray()).withColor(color);
                out.add(piece == stable ? line : line.withStyle(LineStyle.DASHED));
            }
        }
    }
    return out;
}
{
    List<Series> ops = new ArrayList<>();
    ops.addAll(branchLines("q", Task1Solution::q, Palette.BLUE));
    ops.addAll(branchLines("r", Task1Solution::r, Palette.VERMILLION));
    ops.addAll(branchLines("q*", Task1Solution::qStar, Palette.BLUISH_GREEN));
    List<Series> errs = new ArrayList<>(branchLines("theory ε_g", Task1Solution::epsG, Palette.BLUE));
    errs.add(PointSeries.withErrors("SGD, N = " + N, SIM_ALPHAS, simMean, simStd).withColor(Palette.VERMILLION));
    List<Series> phis = new ArrayList<>(branchLines("Φ", Task1Solution::phi, Palette.BLACK));
    PanelSpec a = PanelSpec.of(AxisSpec.linear("α").range(0, 2.05), AxisSpec.linear("order parameter").range(0, 1.02),
            ops.toArray(new Series[0]));
    PanelSpec b = PanelSpec.of(AxisSpec.linear("α").range(0, 2.05), AxisSpec.linear("ε_g").range(0, 0.52),
            errs.toArray(new Series[0]));
    PanelSpec c = PanelSpec.of(AxisSpec.linear("α").range(0, 2.05), AxisSpec.linear("Φ"), phis.toArray(new Series[0]));
    if (transition.isPresent()) {
        a = a.withMarker(transition.get(), "α_t");
        b = b.withMarker(transition.get(), "α_t");
        c = c.withMarker(transition.get(), "α_t");
    }
    FigureSpec figure = FigureSpec.row(a, b, c).withTitle("Notebook 02: replica theory of task 1, β = 20");
    var written = vcl.experiments.io.FigureFiles.writeAll(figure, OUT, "task1-theory");
    System.out.printf("%nFigures written to %s: %s%n", OUT, written.stream().map(f -> f.getFileName().toString()).toList());
    System.out.printf("Notebook 02 finished in %.1f s%n", (System.nanoTime() - START) / 1e9);
}
/exit
