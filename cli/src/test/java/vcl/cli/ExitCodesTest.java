package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vcl.experiments.io.VersionInfo;

/** Bad input exits with 2 and one line naming the option and its range; a broken invariant exits with 70. */
class ExitCodesTest {

    @Test
    void aValueOutsideItsDocumentedRangeIsBadInputWithOneLine() {
        String[][] cases = {
            {"solve task1 --alpha -1 --beta 20", "--alpha must be a finite number > 0 and <= 50, got -1"},
            {"solve task1 --alpha 51", "--alpha must be a finite number > 0 and <= 50, got 51"},
            {"solve task1 --alpha 1 --beta 1001", "--beta must be a finite number > 0 and <= 1000, got 1001"},
            {"solve task1 --alpha 1 --qstar-fixed 1", "--qstar-fixed must lie in the open interval (0, 1), got 1"},
            {"solve task2 --alpha1 2 --beta 20 --gamma -1 --r0 0 --alpha2 1",
                "--gamma must be a finite number >= 0 and <= 100, got -1"},
            {"solve task2 --alpha1 2 --gamma 101 --r0 0 --alpha2 1", "--gamma must be a finite number >= 0 and <= 100, got 101"},
            {"solve task2 --alpha1 2 --gamma 1 --r0 0,1.5 --alpha2 1", "--r0 must lie in [-1, 1], got 1.5"},
            {"solve task2 --alpha1 2 --gamma 1 --r0 0 --alpha2 0.5,60", "--alpha2 must be a finite number > 0 and <= 50, got 60"},
            {"solve task1 --alpha 1 --tolerance 0.1", "--tolerance must lie in the open interval (0, 0.001), got 0.1"},
            {"solve task1 --alpha 1:2", "--alpha: '1:2' is neither a number nor a range start:stop:step"},
            {"figure 2a --png-scale 9", "--png-scale must lie in [0.25, 8], got 9"},
            {"bench task1 --repeats 0", "--repeats must be an integer >= 1, got 0"},
        };
        for (String[] c : cases) {
            CliRunner.Result r = CliRunner.run(c[0].split(" "));
            assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), c[0]);
            assertEquals("vcl: error: " + c[1] + System.lineSeparator(), r.err(), c[0]);
            assertEquals("", r.out(), c[0]);
        }
    }

    @Test
    void anOutputFileThatCannotBeWrittenIsBadInputNotAnInternalError(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "1", "--out", dir.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        List<String> lines = r.err().lines().toList();
        assertEquals("vcl: error: cannot write " + dir + ": is a folder, not a file", lines.get(lines.size() - 1), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.contains("internal error") || l.startsWith("\tat ")), r.err());
    }

    /** A command whose engine rejects a value its spec let through: a bug, not bad input. */
    @CommandLine.Command(name = "broken")
    static final class BrokenCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalArgumentException("beta must be > 0, got -0.0");
        }
    }

    @Test
    void aBrokenInternalInvariantIsAnInternalErrorAskingForAReport() {
        CommandLine cl = Vcl.commandLine();
        cl.addSubcommand("broken", new BrokenCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("broken");
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertEquals(70, code);
        String line = err.toString();
        assertTrue(line.startsWith("vcl: internal error: beta must be > 0, got -0.0 — please report this"), line);
        assertTrue(line.contains("with the command line and: version " + VersionInfo.version() + ", commit "), line);
        assertEquals(1, line.lines().count(), "one line, no stack trace unless asked for: " + line);
        assertEquals("", out.toString());
    }
}
