package vcl.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.solve.PhaseDiagramSolve;
import vcl.experiments.solve.SolveTable;
import vcl.experiments.spec.PhaseDiagramSpec;
import vcl.experiments.spec.PriorChoice;
import vcl.experiments.spec.ValueList;

/** {@code vcl solve phase}: the (α, β) phase diagram of task 1, its first-order line and spinodals. */
@Command(name = "phase", mixinStandardHelpOptions = true,
        description = {"The (α, β) phase diagram of task 1.", "At every β the first-order transition α_t (equal free",
            "entropies), the good branch's spinodal and the poor branch's end (a spinodal, or q* → 1),",
            "found by Newton continuation of the whole solution curve; optionally the critical point."})
public final class SolvePhaseCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--beta", required = true, paramLabel = "LIST",
            description = "Inverse temperatures β in (0, 1000]: values and ranges start:stop:step, e.g. 17:20:1,50,100")
    String beta;

    @Option(names = "--prior", defaultValue = "flat", completionCandidates = PriorChoice.Names.class,
            description = "Single-site prior: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String prior;

    @Option(names = "--entropy-k", paramLabel = "K", description = "Strength k of the entropy prior (default: k = β).")
    Double entropyK;

    @Option(names = "--critical", paramLabel = "LO,HI",
            description = "Also locate the critical point between β = LO (single branch) and β = HI (two branches).")
    String critical;

    @Option(names = "--at", description = "Also locate the poor branch's de Almeida–Thouless point (replicon = 0).")
    boolean at;

    @picocli.CommandLine.Mixin
    SolverOptions output;

    @Override
    public Integer call() {
        PhaseDiagramSpec request = new PhaseDiagramSpec(ValueList.parse("--beta", beta), PriorChoice.parse(prior),
                entropyK, critical == null ? null : ValueList.parse("--critical", critical), at);
        SolveTable result = PhaseDiagramSolve.run(request, spec.commandLine().getErr());
        return SolveOutput.emit(result, output, spec.commandLine());
    }
}
