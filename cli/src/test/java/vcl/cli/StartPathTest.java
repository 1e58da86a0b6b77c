package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The start path builds only the command that is run; what the reader sees must be what the full
 * command tree gives.
 */
class StartPathTest {

    private static final List<String[]> CALLS = List.of(new String[] {"solve", "--help"},
            new String[] {"solve", "task1", "--help"}, new String[] {"solve", "task2", "--help"},
            new String[] {"solve", "phase", "--help"}, new String[] {"simulate", "task1", "--help"},
            new String[] {"simulate", "task2", "--help"}, new String[] {"figure", "--help"}, new String[] {"demo", "--help"},
            new String[] {"bench", "--help"}, new String[] {"bench", "sgd", "--help"}, new String[] {"cl", "run", "--help"},
            new String[] {"sweep", "--help"}, new String[] {"serve", "--help"}, new String[] {"solve"},
            new String[] {"solve", "task1", "--alpha", "x"}, new String[] {"solve", "tsak1"}, new String[] {"--version"},
            new String[] {"solve", "task1", "--alpha", "1", "--beta", "20", "--format", "csv"});

    private static String[] run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aCommandBuiltAloneSaysWhatTheFullTreeSays() {
        for (String[] args : CALLS) {
            String[] full = run(Vcl.commandLine(), args);
            String[] alone = run(Vcl.commandLine(args), args);
            String call = String.join(" ", args);
            assertEquals(full[0], alone[0], call + ": exit code");
            assertEquals(full[1], alone[1], call + ": stdout");
            assertEquals(full[2], alone[2], call + ": stderr");
        }
    }

    @Test
    void onlyTheNamedCommandIsBuilt() {
        assertEquals(List.of("solve"), List.copyOf(Vcl.commandLine("solve", "task1").getSubcommands().keySet()));
        assertTrue(Vcl.commandLine("--version").getSubcommands().isEmpty());
        assertTrue(Vcl.commandLine("--help").getSubcommands().containsKey("simulate"));
        assertTrue(Vcl.commandLine("help", "solve").getSubcommands().containsKey("simulate"));
        assertTrue(Vcl.commandLine("solv").getSubcommands().containsKey("solve"));
    }
}
