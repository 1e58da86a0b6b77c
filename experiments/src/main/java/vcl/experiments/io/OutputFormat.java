package vcl.experiments.io;

/** The output formats of data commands. */
public enum OutputFormat {
    csv, json, table
}
