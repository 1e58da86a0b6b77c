package vcl.experiments.cl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vcl.experiments.io.AtomicFiles;
import vcl.experiments.io.Json;
import vcl.experiments.io.VersionInfo;
import vcl.experiments.spec.UserInputException;

/**
 * The folder of one continual-learning run ({@code --out}). Its {@code run.json} holds the run's
 * identity, that identity's hash and the git commit of the build that started it; a later
 * invocation with the same identity continues the run from its checkpoints (a warning if its build
 * is another), one with another identity is refused (naming what differs).
 */
final class RunFolder {

    /** The identity record of the folder. */
    static final String RUN_JSON = "run.json";
    /** The folder of the seeds' checkpoints. */
    static final String CHECKPOINTS = "checkpoints";

    private RunFolder() {
    }

    /**
     * Makes {@code dir} the folder of the run {@code identity}, or checks that it already is.
     *
     * @return the identity's hash, the key every checkpoint carries
     * @throws UserInputException (about {@code --out}) if the folder holds another run or is a file
     */
    static String claim(Path dir, Map<String, Object> identity, PrintWriter err) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw UserInputException.malformed("--out", "--out " + dir + " is a file; the run needs a folder");
        }
        String hash = ClParameters.hash(identity);
        Path record = dir.resolve(RUN_JSON);
        if (Files.isRegularFile(record)) {
            Map<String, Object> stored;
            try {
                stored = Json.readObject(Files.readString(record));
            } catch (IllegalArgumentException e) {
                throw new IOException("cannot read " + record + ": " + e.getMessage(), e);
            }
            if (!hash.equals(stored.get("identity_sha256"))) {
                throw UserInputException.malformed("--out", "--out " + dir + " holds a run with other settings ("
                        + differences(stored.get("identity"), identity) + "); give the same options to resume it,"
                        + " or another --out");
            }
            Object startedBy = stored.get("git_commit");
            if (!VersionInfo.commit().equals(startedBy)) {
                err.println("vcl: warning: continuing in " + dir + " a run started by the build of commit " + startedBy
                        + " with the build of commit " + VersionInfo.commit());
                err.flush();
            }
            return hash;
        }
        if (Files.exists(dir.resolve(CHECKPOINTS))) {
            throw UserInputException.malformed("--out", "--out " + dir + " holds checkpoints but no " + RUN_JSON
                    + "; choose another --out");
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("identity_sha256", hash);
        content.put("git_commit", VersionInfo.commit());
        content.put("identity", identity);
        write(record, out -> out.write((Json.write(content) + "\n").getBytes(StandardCharsets.UTF_8)));
        return hash;
    }

    /**
     * Writes a file of the run atomically; a failure is the user's (exit 2), one line naming the
     * file and the reason.
     */
    static void write(Path file, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new AtomicFiles.WriteFailure(file, e);
        }
    }

    /** "lr: 0.01 there, 0.02 here; seeds: …" for the entries that differ. */
    private static String differences(Object storedIdentity, Map<String, Object> identity) {
        Map<String, Object> here = Json.readObject(Json.write(identity));
        Map<?, ?> there = storedIdentity instanceof Map<?, ?> m ? m : Map.of();
        List<String> diff = new ArrayList<>();
        for (Map.Entry<String, Object> e : here.entrySet()) {
            Object old = there.get(e.getKey());
            if (!Objects.equals(old, e.getValue())) {
                diff.add(e.getKey() + ": " + old + " there, " + e.getValue() + " here");
            }
        }
        return diff.isEmpty() ? "a record this version does not know" : String.join("; ", diff);
    }
}
