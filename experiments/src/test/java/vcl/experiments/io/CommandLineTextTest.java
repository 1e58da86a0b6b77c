package vcl.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTextTest {

    @Test
    void theJarsArgumentsFollowVcl() {
        assertEquals("vcl solve task1 --alpha 0.5:2:0.5", CommandLineText.of("/usr/bin/java",
                List.of("-Xmx2g", "-jar", "/opt/vcl/cli/target/vcl.jar", "solve", "task1", "--alpha", "0.5:2:0.5")));
    }

    @Test
    void theMainClassesArgumentsFollowVcl() {
        assertEquals("vcl figure 2b --out 'my figures'", CommandLineText.of("java",
                List.of("-cp", "a.jar:b.jar", "-Dx=1", "vcl.cli.Vcl", "figure", "2b", "--out", "my figures")));
    }

    @Test
    void anotherProgramKeepsItsWholeCommand() {
        assertEquals("java -cp t.jar org.example.Runner vcl.cli.Vcl",
                CommandLineText.of("java", List.of("-cp", "t.jar", "org.example.Runner", "vcl.cli.Vcl")));
    }

    @Test
    void anotherJarKeepsItsWholeCommand() {
        assertEquals("java -jar /x/surefirebooter.jar /x/args", CommandLineText.of("java",
                List.of("-jar", "/x/surefirebooter.jar", "/x/args")));
    }

    @Test
    void quotesAsAShellReadsThemBack() {
        assertEquals("plain-1.5,2:3", CommandLineText.quoted("plain-1.5,2:3"));
        assertEquals("'a b'", CommandLineText.quoted("a b"));
        assertEquals("'it'\\''s'", CommandLineText.quoted("it's"));
        assertEquals("''", CommandLineText.quoted(""));
    }

    @Test
    void theRunningProcessHasACommandLine() {
        assertTrue(!CommandLineText.current().isBlank());
    }

    @Test
    void terminalDevicesAreRecognised() {
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertTrue(!Terminal.isTerminalDevice("/dev/null"));
        assertTrue(!Terminal.isTerminalDevice("pipe:[12345]"));
    }
}
