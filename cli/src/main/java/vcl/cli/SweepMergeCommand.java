package vcl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vcl.experiments.sweep.SweepMerge;

/** {@code vcl sweep merge DIR… --out FILE}: the shards of a sweep joined into its full CSV. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the folders of a sweep's shards into the full CSV, the one 'vcl sweep run' writes",
            "without shards; refused when the folders hold different sweeps or a task is missing or doubled."})
public final class SweepMergeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shards' sweep folders (one shared folder is fine).")
    List<Path> folders;

    @Option(names = "--out", required = true, paramLabel = "FILE", converter = OutputPaths.File.class,
            description = "The full CSV (written atomically).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            throw vcl.experiments.spec.UserInputException.malformed("--out",
                    "--out: sweep merge writes a file; give its name (standard output is not supported)");
        }
        int tasks = SweepMerge.merge(folders, out);
        spec.commandLine().getErr().printf("sweep merge: %d tasks from %d folder(s) -> %s%n", tasks, folders.size(), out);
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }
}
