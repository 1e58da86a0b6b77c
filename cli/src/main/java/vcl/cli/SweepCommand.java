package vcl.cli;

import picocli.CommandLine.Command;

/** {@code vcl sweep}: parameter sweeps from a sweep file, resumable and split into shards. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Parameter sweeps from a YAML or TOML sweep file (docs/sweeps.md): run, merge shards.",
        subcommands = {SweepRunCommand.class, SweepMergeCommand.class})
public final class SweepCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
