package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.solve.PotentialSolve;
import vcl.experiments.solve.SolveTable;
import vcl.experiments.spec.PotentialSpec;
import vcl.experiments.spec.PriorChoice;
import vcl.experiments.spec.UserInputException;
import vcl.experiments.spec.ValueList;
import vcl.theory.potential.ReferenceBranch;

/** {@code vcl solve potential}: the Franz-Parisi potential V(d) of task 1 around a reference. */
@Command(name = "potential", mixinStandardHelpOptions = true,
        description = {"The Franz-Parisi potential V(d) of task 1 around a task-1 reference.",
            "V(d) is the free entropy of a second system learned on the same data and held at overlap d",
            "with a reference drawn from the task-1 equilibrium, with the",
            "Lagrange field d_hat = -dV/dd that holds it there (zero at d* = q1, where V = phi1).",
            "Points are solved by continuation from d* upward and downward (docs/theory-potential.md)."})
public final class SolvePotentialCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "LIST",
            description = "Loads α = P/N in (0, 50] of the reference: values and ranges start:stop:step.")
    String alpha;

    @Option(names = "--beta", defaultValue = "20", description = "Learning inverse temperature β in (0, 1000] (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--d", required = true, paramLabel = "LIST",
            description = "Overlaps d = m·m1/N in (-1, 1) with the reference: values and ranges start:stop:step.")
    String d;

    @Option(names = "--prior", defaultValue = "flat", completionCandidates = PriorChoice.Names.class,
            description = "Single-site prior: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String prior;

    @Option(names = "--entropy-k", paramLabel = "K", description = "Strength k of the entropy prior (default: k = β).")
    Double entropyK;

    @Option(names = "--reference", defaultValue = "stable", paramLabel = "BRANCH",
            description = "Task-1 solution the reference is drawn from: stable, poor, good (default ${DEFAULT-VALUE}).")
    String reference;

    @Option(names = "--rsb", description = {"Draw the reference from the one-step RSB (1RSB) poor branch of task 1",
        "(needs --reference poor; the RS poor branch is unstable above the AT line): columns x, q0, q1 of the",
        "reference and p1, p0 of the constrained system instead of p (docs/theory-potential.md section 10)."})
    boolean rsb;

    @Option(names = "--parisi-x", paramLabel = "X",
            description = "Parisi parameter x in (0, 1] of the 1RSB reference (default: the static x*, where V(q1) = phi1).")
    Double parisiX;

    @Option(names = "--stationary", description = {"Also locate the stationary points of V between neighbouring overlaps",
        "(where d_hat changes sign away from d*): states (local maxima of V, a state of the unconstrained second",
        "system, whose free entropy V is checked against task 1 on stderr) and barriers (local minima); extra rows",
        "and a last column kind = grid, state or barrier (replica-symmetric reference only)."})
    boolean stationary;

    @picocli.CommandLine.Mixin
    SolverOptions output;

    @Override
    public Integer call() {
        ReferenceBranch branch = ReferenceBranch.byLabel(reference);
        if (branch == null) {
            throw UserInputException.malformed("--reference", "--reference must be stable, poor or good, got "
                    + reference);
        }
        if (output.allBranches || output.transition) {
            throw UserInputException.malformed(output.allBranches ? "--all-branches" : "--transition",
                    "solve potential has no branches or transition of its own (choose the reference with --reference)");
        }
        PotentialSpec request = new PotentialSpec(ValueList.parse("--alpha", alpha), beta, ValueList.parse("--d", d),
                PriorChoice.parse(prior), entropyK, branch, output.tolerance, output.maxIterations, rsb, parisiX,
                stationary);
        SolveTable result = PotentialSolve.run(request, spec.commandLine().getErr());
        return SolveOutput.emit(result, output, spec.commandLine());
    }
}
