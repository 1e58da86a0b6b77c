package vcl.experiments.cl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vcl.experiments.spec.UserInputException;
import vcl.sim.images.DataSet;
import vcl.sim.images.DataSetFiles;
import vcl.sim.images.DataSetKind;
import vcl.sim.images.IdxWriter;
import vcl.sim.images.ImageSet;
import vcl.sim.images.SyntheticImages;

class DataDirectoryTest {

    @TempDir
    Path root;

    @Test
    void theOptionWinsThenTheVariableThenTheXdgDataHome() {
        Map<String, String> env = Map.of("VCL_DATA_DIR", "/data/vcl", "XDG_DATA_HOME", "/xdg", "HOME", "/home/u");
        assertEquals(Path.of("given"), DataDirectory.resolve(Path.of("given"), env));
        assertEquals(Path.of("/data/vcl"), DataDirectory.resolve(null, env));
        assertEquals(Path.of("/xdg/vcl-workbench/datasets"),
                DataDirectory.resolve(null, Map.of("VCL_DATA_DIR", "", "XDG_DATA_HOME", "/xdg", "HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.local/share/vcl-workbench/datasets"),
                DataDirectory.resolve(null, Map.of("HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.local/share/vcl-workbench/datasets"),
                DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative", "HOME", "/home/u")),
                "a relative XDG_DATA_HOME is ignored, as the XDG specification asks");
        assertEquals(Path.of(System.getProperty("user.home"), ".local/share/vcl-workbench/datasets"),
                DataDirectory.resolve(null, Map.of()));
    }

    @Test
    void loadsTheRequestedDataSets() throws IOException {
        ImageSet train = SyntheticImages.uniform(9, 3, 3, 10, 1);
        ImageSet test = SyntheticImages.uniform(4, 3, 3, 10, 2);
        write(root, DataSetKind.FASHION_MNIST, train, test);
        Map<DataSetKind, DataSet> loaded = DataDirectory.load(root, EnumSet.of(DataSetKind.FASHION_MNIST));
        assertEquals(Set.of(DataSetKind.FASHION_MNIST), loaded.keySet());
        assertArrayEquals(test.pixels(), loaded.get(DataSetKind.FASHION_MNIST).test().pixels());
    }

    @Test
    void aMissingFolderOrDataSetIsAUserErrorNamingTheInstallCommand() throws IOException {
        Path absent = root.resolve("absent");
        UserInputException folder = assertThrows(UserInputException.class,
                () -> DataDirectory.load(absent, EnumSet.of(DataSetKind.MNIST)));
        assertEquals("--data-dir", folder.option());
        assertTrue(folder.getMessage().startsWith("data directory " + absent + " does not exist"), folder.getMessage());
        assertTrue(folder.getMessage().contains("scripts/install-datasets"), folder.getMessage());
        UserInputException set = assertThrows(UserInputException.class,
                () -> DataDirectory.load(root, EnumSet.of(DataSetKind.MNIST)));
        assertTrue(set.getMessage().contains("mnist file train-images-idx3-ubyte[.gz] is missing"), set.getMessage());
        assertTrue(set.getMessage().contains("scripts/install-datasets"), set.getMessage());
    }

    @Test
    void aMalformedFileIsAUserErrorNamingTheFile() throws IOException {
        ImageSet train = SyntheticImages.uniform(9, 3, 3, 10, 1);
        write(root, DataSetKind.MNIST, train, train);
        Path broken = DataSetFiles.directory(root, DataSetKind.MNIST).resolve(DataSetFiles.TEST_LABELS);
        Files.write(broken, new byte[] {0, 0, 8, 1, 0, 0, 0, 9, 1});
        UserInputException e = assertThrows(UserInputException.class,
                () -> DataDirectory.load(root, EnumSet.of(DataSetKind.MNIST)));
        assertTrue(e.getMessage().startsWith("IDX file " + broken + ": truncated"), e.getMessage());
    }

    /**
     * The checksum file the install command verifies against lists, for every data set, its four
     * files under the names the reader looks for (plain or .gz), each with a size and a SHA-256.
     */
    @Test
    void theChecksumFileCoversTheFourFilesOfEveryDataSet() throws IOException {
        Path file = Path.of("..", "data", "datasets.sha256");
        Set<String> listed = new HashSet<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.trim().split("\\s+");
            assertEquals(3, fields.length, line);
            assertTrue(fields[0].matches("[0-9a-f]{64}"), line);
            assertTrue(Long.parseLong(fields[1]) > 0, line);
            listed.add(fields[2].replaceFirst("\\.gz$", ""));
        }
        Set<String> expected = new HashSet<>();
        for (DataSetKind kind : DataSetKind.values()) {
            for (String name : List.of(DataSetFiles.TRAIN_IMAGES, DataSetFiles.TRAIN_LABELS,
                    DataSetFiles.TEST_IMAGES, DataSetFiles.TEST_LABELS)) {
                expected.add(kind.id() + "/" + name);
            }
        }
        assertEquals(expected, listed);
    }

    private static void write(Path root, DataSetKind kind, ImageSet train, ImageSet test) throws IOException {
        Path dir = Files.createDirectories(DataSetFiles.directory(root, kind));
        IdxWriter.write(train, dir.resolve(DataSetFiles.TRAIN_IMAGES), dir.resolve(DataSetFiles.TRAIN_LABELS), false);
        IdxWriter.write(test, dir.resolve(DataSetFiles.TEST_IMAGES), dir.resolve(DataSetFiles.TEST_LABELS), false);
    }
}
