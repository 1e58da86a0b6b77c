package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a reader meets it: help texts, parent commands, locale, escape codes. */
class CommandLineTextsTest {

    private static final List<String[]> LEAVES = List.of(new String[] {"solve", "task1"}, new String[] {"solve", "task2"},
            new String[] {"simulate", "task1"}, new String[] {"simulate", "task2"}, new String[] {"figure"},
            new String[] {"demo"}, new String[] {"bench", "sgd"}, new String[] {"bench", "mlp"},
            new String[] {"bench", "task1"}, new String[] {"bench", "task2"}, new String[] {"cl", "run"});

    @ParameterizedTest
    @ValueSource(strings = {"", "solve", "simulate", "bench", "cl"})
    void aParentCommandWithoutSubcommandPrintsItsUsageAndExits2(String parent) {
        CliRunner.Result r = parent.isEmpty() ? CliRunner.run() : CliRunner.run(parent);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Usage: vcl"), r.err());
        assertTrue(r.err().contains("COMMAND --help"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void topLevelHelpPointsToEachCommandsHelp() {
        CliRunner.Result r = CliRunner.run("--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Run 'vcl COMMAND --help'"), r.out());
    }

    @Test
    void versionNamesTheBuildsCommit() {
        CliRunner.Result r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("vcl-workbench " + vcl.experiments.io.VersionInfo.version()), r.out());
        assertTrue(r.out().contains("built from git commit " + vcl.experiments.io.VersionInfo.commit()), r.out());
    }

    @Test
    void everySummaryInACommandListIsAFullSentence() {
        for (String parent : List.of("solve", "simulate", "bench", "cl")) {
            String out = CliRunner.run(parent, "--help").out();
            String list = out.substring(out.indexOf("Commands:"));
            for (String block : list.split("\n  (?=\\S)")) {
                if (!block.startsWith("Commands:")) {
                    assertTrue(block.strip().endsWith("."), parent + ": summary cut: " + block);
                }
            }
        }
    }

    @Test
    void helpTextsAreWrappedParagraphsWithOneNamingOfTheLoadsAndNoSerialOption() {
        for (String[] leaf : LEAVES) {
            String[] argv = java.util.Arrays.copyOf(leaf, leaf.length + 1);
            argv[leaf.length] = "--help";
            CliRunner.Result r = CliRunner.run(argv);
            assertEquals(0, r.exitCode(), String.join(" ", argv));
            String text = r.out();
            assertFalse(text.contains("--serial"), text);
            for (String ascii : List.of("alpha*", "alpha =", "alpha 0", "alpha1 2", "beta 2", "gamma*", "(alpha")) {
                assertFalse(text.contains(ascii), "write α, β, γ in " + String.join(" ", argv) + ": " + ascii);
            }
            for (String line : text.lines().toList()) {
                assertTrue(line.length() <= 80, "longer than 80 columns: " + line);
            }
            // a paragraph is never broken by hand: no description line stops short mid-sentence and the next
            // one starts in lower case at the left margin
            List<String> lines = text.lines().toList();
            for (int i = 1; i < lines.size(); i++) {
                String prev = lines.get(i - 1);
                String line = lines.get(i);
                if (!prev.startsWith(" ") && !line.startsWith(" ") && !line.isEmpty() && prev.length() < 60
                        && Character.isLowerCase(line.charAt(0))) {
                    throw new AssertionError("a hand-broken line in " + String.join(" ", argv) + ": " + prev);
                }
            }
        }
    }

    @Test
    void noEscapeSequencesWhenTheStreamsAreNotTerminals() {
        CliRunner.Result usage = CliRunner.run("solve");
        CliRunner.Result help = CliRunner.run("solve", "task1", "--help");
        CliRunner.Result progress = CliRunner.run("solve", "task1", "--alpha", "0.5,1");
        for (String s : List.of(usage.err(), help.out(), progress.err(), progress.out())) {
            assertFalse(s.contains("\u001b"), s);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de-DE", "fr-FR"})
    void tablesWriteADecimalPointWhateverTheLocale(String tag) {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.5", "--format", "table");
            assertEquals(0, r.exitCode(), r.err());
            String row = r.out().lines().toList().get(1);
            assertTrue(row.contains("0.5000000000"), row);
            assertFalse(row.matches(".*\\d,\\d.*"), row);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void solveProgressReachesItsTotal() {
        // α = 1.5 to 2.5 crosses the spinodal of the poor branch: the upward branch ends early
        CliRunner.Result r = CliRunner.run("solve", "task1", "--alpha", "0.5:2.5:0.5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("solve task1: 10/10 done"), r.err());
        CliRunner.Result r2 = CliRunner.run("solve", "task2", "--alpha1", "2", "--gamma", "1", "--r0", "0,0.5",
                "--alpha2", "1,1,2");
        assertEquals(0, r2.exitCode(), r2.err());
        assertTrue(r2.err().contains("solve task2: 8/8 done"), r2.err());
    }
}
