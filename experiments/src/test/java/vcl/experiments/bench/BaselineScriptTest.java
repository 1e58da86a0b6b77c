package vcl.experiments.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineScriptTest {

    @Test
    void aRelativePathMissingHereIsTakenFromTheProjectFolder() {
        // the tests run in the module's folder; theory/pom.xml exists only from the project's folder
        Path given = Path.of("theory", "pom.xml");
        assertTrue(!Files.exists(given));
        Path resolved = BaselineScript.resolve(given);
        assertTrue(Files.isRegularFile(resolved), resolved.toString());
        assertEquals(BaselineScript.projectFolder().orElseThrow().resolve(given), resolved);
    }

    @Test
    void aPathThatNamesAFileHereIsKept() {
        assertEquals(Path.of("pom.xml"), BaselineScript.resolve(Path.of("pom.xml")));
        assertNull(BaselineScript.resolve(null));
        assertEquals(Path.of("no/such/script.py"), BaselineScript.resolve(Path.of("no/such/script.py")));
    }

    @Test
    void theProjectFolderHoldsThePomAndTheLauncher(@TempDir Path dir) throws Exception {
        Path root = Files.createDirectories(dir.resolve("clone"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.writeString(root.resolve("vcl"), "#!/bin/sh\n");
        Path jar = Files.createDirectories(root.resolve("cli/target")).resolve("vcl.jar");
        assertEquals(Optional.of(root), BaselineScript.projectFolderAbove(jar));
        assertEquals(Optional.empty(), BaselineScript.projectFolderAbove(dir));
    }
}
