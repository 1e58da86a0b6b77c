package vcl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vcl.experiments.sweep.Shard;
import vcl.experiments.sweep.SweepOutcome;
import vcl.experiments.sweep.SweepRunner;
import vcl.experiments.sweep.SweepSpecReader;

/** {@code vcl sweep run SPEC --out DIR}: the grid of a sweep file, resumable after a kill. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the grid of a sweep file (YAML or TOML) into DIR: DIR/results.csv (point_id, the swept",
            "parameters, the command's columns) and DIR/sweep.json (spec, hash, version, commit).",
            "Rerun with the same SPEC and DIR after a kill: only the missing tasks are computed, and the CSV is",
            "the one an uninterrupted run writes. Solver sweeps are solved by continuation along the load."})
public final class SweepRunCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SPEC", description = "The sweep file (.yaml, .yml or .toml).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", converter = OutputPaths.Folder.class,
            description = "The sweep's folder (created if absent).")
    Path out;

    @Option(names = "--shard", paramLabel = "K/N", description = "Compute only part K of N (e.g. a batch array's task); join with 'vcl sweep merge'.")
    String shard;

    @Option(names = "--threads", paramLabel = "T", description = "Tasks computed at once (default: every processor).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        SweepOutcome outcome = SweepRunner.run(SweepSpecReader.read(file), out,
                shard == null ? Shard.ALL : Shard.parse(shard),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, spec.commandLine().getErr());
        spec.commandLine().getErr().printf("sweep: %d points (%d computed now) -> %s%n", outcome.points(),
                outcome.computed(), outcome.csv());
        if (outcome.notConverged() > 0) {
            spec.commandLine().getErr().println("vcl: rows that did not converge (converged=false) or whose run diverged (status=diverged): " + outcome.notConverged());
            spec.commandLine().getErr().flush();
            return ExitCodes.NOT_CONVERGED;
        }
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
