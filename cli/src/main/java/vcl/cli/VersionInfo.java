package vcl.cli;

import picocli.CommandLine;

/** Version string from the jar manifest (falls back to "dev" when run from classes). */
public final class VersionInfo implements CommandLine.IVersionProvider {

    /** The software version recorded in every result's provenance. */
    public static String version() {
        String v = Vcl.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"vcl-workbench " + version()};
    }
}
