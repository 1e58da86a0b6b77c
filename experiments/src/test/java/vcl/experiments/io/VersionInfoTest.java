package vcl.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionInfoTest {

    @Test
    void commitIsFortyHexDigitsOrUnknown() {
        String commit = VersionInfo.commit();
        assertTrue(commit.matches("[0-9a-f]{40}") || commit.equals(VersionInfo.UNKNOWN), commit);
        if (commit.equals(VersionInfo.UNKNOWN)) {
            assertFalse(VersionInfo.dirty(), "no commit, nothing to be dirty against");
        }
    }

    @Test
    void versionIsTheBuildVersion() {
        assertFalse(VersionInfo.version().isBlank());
        assertFalse(VersionInfo.version().contains("${"), VersionInfo.version());
    }

    @Test
    void provenanceRecordsVersionCommitAndDirtyFlag() {
        Map<String, Object> p = Provenance.of("solve task1", Map.of());
        assertEquals(VersionInfo.version(), p.get("version"));
        assertEquals(VersionInfo.commit(), p.get("git_commit"));
        assertEquals(VersionInfo.dirty(), p.get("git_dirty"));
        assertTrue(p.get("git_dirty") instanceof Boolean);
    }
}
