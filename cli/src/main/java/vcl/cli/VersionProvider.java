package vcl.cli;

import picocli.CommandLine;
import vcl.experiments.io.VersionInfo;

/** Supplies {@code vcl --version} from the version the build records. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"vcl-workbench " + VersionInfo.version()};
    }
}
