package vcl.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void everyRecordCarriesTheBuildTheCommandLineTheRunTimeAndTheNoteOnNulls() {
        Map<String, Object> m = Provenance.of("solve task1", Map.of("alpha", new double[] {0.5}), 1.25);
        assertEquals(List.of("software", "version", "command", "command_line", "parameters", "created", "java",
                "git_commit", "git_dirty", "non_finite_numbers", "seconds"), List.copyOf(m.keySet()));
        assertEquals(VersionInfo.commit(), m.get("git_commit"));
        assertEquals(CommandLineText.current(), m.get("command_line"));
        assertEquals(1.25, m.get("seconds"));
        Map<String, Object> back = Json.readObject(Json.write(m));
        assertEquals(List.of(0.5), ((Map<?, ?>) back.get("parameters")).get("alpha"));
    }

    @Test
    void plainProgressLinesReachTheTotalOnceWithoutEscapeCodes() {
        StringWriter text = new StringWriter();
        try (Progress p = Progress.start("sweep", 4, new PrintWriter(text))) {
            p.step(1);
            p.step(3);
            p.step(4);
            p.step(4);
        }
        assertEquals(List.of("sweep: 1/4 done", "sweep: 3/4 done", "sweep: 4/4 done"),
                text.toString().lines().toList());
        assertFalse(text.toString().contains("\u001b"));
    }

    @Test
    void aSweepCountsEachDistinctLoadOnBothBranches() {
        assertEquals(6, SweepProgress.units(new double[] {0.5, 1, 1, 2}));
        StringWriter text = new StringWriter();
        try (Progress p = Progress.start("s", 4, new PrintWriter(text))) {
            java.util.function.IntConsumer c = SweepProgress.counting(p, 2);
            c.accept(1);
            c.accept(2);
        }
        assertTrue(text.toString().contains("s: 4/4 done"), text.toString());
    }
}
