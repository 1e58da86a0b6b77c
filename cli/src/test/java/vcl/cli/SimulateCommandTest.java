package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    /** Result of one CLI invocation. */
    record Outcome(int code, String out, String err) {
    }

    static Outcome vcl(String... args) {
        CommandLine cl = Vcl.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static final String[] TASK1 = {"simulate", "task1", "--n", "120", "--alpha", "0.5,1.5", "--seeds", "3",
        "--epochs", "12", "--record-every", "4", "--test-size", "500", "--seed", "17"};

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void task1CsvIsBitIdenticalForOneAndTwoThreads() {
        Outcome one = vcl(with(TASK1, "--threads", "1"));
        Outcome two = vcl(with(TASK1, "--threads", "2"));
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        String[] lines = one.out().split("\n");
        assertEquals("alpha,n,seed,epoch,p,eps_g,eps_test,qstar,loss,diverged", lines[0]);
        assertEquals(1 + 2 * 3 * 4, lines.length);   // epochs 0, 4, 8, 12 for 6 runs
        String[] other = TASK1.clone();
        other[other.length - 1] = "18";
        Outcome reseeded = vcl(other);
        assertEquals(0, reseeded.code(), reseeded.err());
        assertTrue(!reseeded.out().equals(one.out()), "another master seed gives other runs");
    }

    @Test
    void task2CsvIsBitIdenticalForOneAndTwoThreadsAndFinalOnlyKeepsLastRows() {
        String[] args = {"simulate", "task2", "--n", "100", "--alpha1", "1", "--alpha2", "0.5,1", "--r0", "0,0.5",
            "--gamma", "1", "--seeds", "2", "--epochs", "6", "--final-only", "--test-size", "300"};
        Outcome one = vcl(with(args, "--threads", "1"));
        Outcome two = vcl(with(args, "--threads", "2"));
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), two.out());
        String[] lines = one.out().split("\n");
        assertEquals("alpha1,alpha2,r0,gamma,n,seed,phase,epoch,p1,p2,eps_g1,eps_g2,qstar,loss,diverged", lines[0]);
        assertEquals(1 + 4 * 2 * 2, lines.length);   // 4 points x 2 seeds x (last row of phase 1, of phase 2)
    }

    @Test
    void outFileAndJsonCarryProvenance(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/run.json");
        Outcome o = vcl(with(TASK1, "--final-only", "--format", "json", "--out", file.toString()));
        assertEquals(0, o.code(), o.err());
        assertEquals("", o.out());
        String json = Files.readString(file);
        assertTrue(json.contains("\"master_seed\": 17"));
        assertTrue(json.contains("\"version\""));
        assertTrue(json.contains("\"eps_g\""));
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void badInputExitsTwoNamingTheParameter() {
        String[][] cases = {
            {"--n", "0", "--alpha", "1", "--seeds", "1"},
            {"--n", "10", "--alpha", "-0.5", "--seeds", "1"},
            {"--n", "10", "--alpha", "0", "--seeds", "1"},
            {"--n", "10", "--alpha", "1", "--seeds", "0"},
            {"--n", "10", "--alpha", "1", "--seeds", "1", "--lr", "0"},
            {"--n", "10", "--alpha", "1", "--seeds", "1", "--optimizer", "rmsprop"},
            {"--n", "10", "--alpha", "1", "--seeds", "1", "--momentum", "1"},
            {"--n", "10", "--alpha", "x", "--seeds", "1"},
        };
        String[] names = {"--n", "--alpha", "--alpha", "--seeds", "--lr", "--optimizer", "--momentum", "--alpha"};
        for (int c = 0; c < cases.length; c++) {
            Outcome o = vcl(with(new String[] {"simulate", "task1"}, cases[c]));
            assertEquals(2, o.code(), String.join(" ", cases[c]));
            assertTrue(o.err().contains(names[c]), o.err());
        }
        Outcome r0 = vcl("simulate", "task2", "--n", "10", "--alpha1", "1", "--alpha2", "1", "--r0", "0,1.5",
                "--gamma", "1", "--seeds", "1");
        assertEquals(2, r0.code());
        assertTrue(r0.err().contains("--r0") && r0.err().contains("[-1, 1]"), r0.err());
        Outcome missing = vcl("simulate", "task1", "--alpha", "1");
        assertEquals(2, missing.code());
    }
}
