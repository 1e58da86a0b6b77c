package vcl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureCommandTest {

    @Test
    void listShowsEveryFigure() {
        CliRunner.Result r = CliRunner.run("figure", "--list");
        assertEquals(0, r.exitCode());
        for (String id : new String[] {"1a", "2a", "2b", "2c", "2d"}) {
            assertTrue(r.out().contains(id + " "), r.out());
        }
    }

    @Test
    void badIdAndBadPresetExit2WithTheValidOnes() {
        CliRunner.Result r = CliRunner.run("figure", "9z");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown ID '9z'") && r.err().contains("valid ids: 1a, 1b, 1c, 2a, 2b"), r.err());
        r = CliRunner.run("figure", "2a", "--preset", "huge");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("valid presets: quick, paper, tiny"), r.err());
        r = CliRunner.run("figure");
        assertEquals(2, r.exitCode());
    }
}
