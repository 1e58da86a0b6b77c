package vcl.cli;

import picocli.CommandLine;
import vcl.experiments.io.VersionInfo;

/** Supplies {@code vcl --version}: the version and the git commit the build records (with its dirty flag). */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"vcl-workbench " + VersionInfo.version(), "built from git commit " + VersionInfo.commit()
                + (VersionInfo.dirty() ? " with uncommitted changes" : "")};
    }
}
