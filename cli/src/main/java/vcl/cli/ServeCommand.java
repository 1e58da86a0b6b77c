package vcl.cli;

import java.io.IOException;
import java.util.List;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vcl.experiments.serve.ExplorerServer;
import vcl.experiments.serve.ServeSpec;

/** {@code vcl serve}: the live explorer of the replica theory, a page served on this machine until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the live explorer of the replica theory: a page whose sliders for β, the prior and"
                + " its k, γ, r0, α1 and the load range redraw the task-1 and task-2 figures as they move. It opens"
                + " no browser and runs until stopped with Ctrl-C. It binds to 127.0.0.1, so that only this"
                + " machine can connect, unless --host says otherwise."})
public final class ServeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port to listen on (default ${DEFAULT-VALUE}; 0 picks any free port).")
    int port;

    @Option(names = "--host", defaultValue = ServeSpec.LOOPBACK,
            description = "Address to bind (default ${DEFAULT-VALUE}: only this machine can connect).")
    String host;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ExplorerServer server = explorer(new ServeSpec(host, port));
        ServeSpec bound = new ServeSpec(host, server.address().getPort());
        PrintWriter err = spec.commandLine().getErr();
        err.println("vcl serve: the explorer is at " + server.address() + " (bound to " + host
                + (bound.loopbackOnly() ? ": only this machine can connect)" : ": other machines may connect)"));
        err.println("vcl serve: press Ctrl-C to stop");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }

    /**
     * Starts the explorer with the command line's wording of a value that is not a number: what the
     * option accepts, from {@code solve task1}'s or {@code solve task2}'s option of that name.
     */
    static ExplorerServer explorer(ServeSpec spec) throws IOException {
        List<picocli.CommandLine.Model.CommandSpec> solvers = List.of(
                new picocli.CommandLine(new SolveTask1Command()).getCommandSpec(),
                new picocli.CommandLine(new SolveTask2Command()).getCommandSpec());
        return ExplorerServer.start(spec, name -> solvers.stream().map(c -> c.findOption(name))
                .filter(java.util.Objects::nonNull).findFirst().map(ExitCodeHandler::accepts).orElse(""));
    }
}
