package vcl.experiments.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
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
    void aBuildWithoutGitRecordsUnknown() {
        Properties unfiltered = new Properties();
        unfiltered.setProperty("version", "0.1.0");
        unfiltered.setProperty("commit", "${git.commit.id}");
        unfiltered.setProperty("dirty", "${git.dirty}");
        assertEquals(VersionInfo.UNKNOWN, VersionInfo.commit(unfiltered));
        assertFalse(VersionInfo.dirty(unfiltered));
        assertEquals("0.1.0", VersionInfo.version(unfiltered));
        assertEquals(VersionInfo.UNKNOWN, VersionInfo.version(new Properties()));

        Properties built = new Properties();
        built.setProperty("commit", "622b72b2a4c0085ef8d9d920ec433981457c32dc");
        built.setProperty("dirty", "true");
        assertEquals("622b72b2a4c0085ef8d9d920ec433981457c32dc", VersionInfo.commit(built));
        assertTrue(VersionInfo.dirty(built));
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
