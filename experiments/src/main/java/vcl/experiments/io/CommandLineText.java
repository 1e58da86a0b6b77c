package vcl.experiments.io;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The command line that started this process, as a user would type it again: {@code vcl} and the
 * program's arguments when the process runs the command-line jar ({@code java … -jar …/vcl.jar ARGS})
 * or its main class ({@code java … vcl.cli.Vcl ARGS}), else the process's whole command (a test or a
 * notebook calling the workbench in-process). Arguments with spaces or quotes are quoted as a POSIX
 * shell reads them.
 */
public final class CommandLineText {

    /** The main class of the command line. */
    static final String MAIN_CLASS = "vcl.cli.Vcl";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private CommandLineText() {
    }

    /** The command line of the running process, or {@code "unknown"} when the system does not tell. */
    public static String current() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<String[]> arguments = info.arguments();
        if (arguments.isEmpty()) {
            return info.commandLine().orElse(VersionInfo.UNKNOWN);
        }
        return of(info.command().orElse("java"), List.of(arguments.get()));
    }

    /**
     * The command line of a Java process started by {@code executable} with {@code arguments}: {@code vcl} and
     * the program's arguments for the jar or the main class, else the executable and every argument.
     */
    static String of(String executable, List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("-jar") && i + 1 < arguments.size()) {
                return isVclJar(arguments.get(i + 1)) ? join("vcl", arguments.subList(i + 2, arguments.size()))
                        : join(executable, arguments);
            }
            if (a.equals(MAIN_CLASS)) {
                return join("vcl", arguments.subList(i + 1, arguments.size()));
            }
            if (!a.startsWith("-")) {
                break; // another main class: not the command line
            }
            if (a.equals("-cp") || a.equals("-classpath") || a.equals("--class-path") || a.equals("-p")
                    || a.equals("--module-path") || a.equals("--add-opens") || a.equals("--add-exports")
                    || a.equals("--add-modules")) {
                i++; // the option's value
            }
        }
        return join(executable, arguments);
    }

    /** The command-line jar: {@code vcl.jar} or the module's {@code vcl-cli-VERSION.jar}. */
    private static boolean isVclJar(String path) {
        String name = java.nio.file.Path.of(path).getFileName().toString();
        return name.equals("vcl.jar") || name.startsWith("vcl-cli");
    }

    private static String join(String first, List<String> rest) {
        StringBuilder sb = new StringBuilder(quoted(first));
        for (String a : rest) {
            sb.append(' ').append(quoted(a));
        }
        return sb.toString();
    }

    /** The argument as a POSIX shell reads it back: bare when plain, else in single quotes. */
    static String quoted(String argument) {
        if (PLAIN.matcher(argument).matches()) {
            return argument;
        }
        return "'" + argument.replace("'", "'\\''") + "'";
    }
}
