package dev.strata.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command sees of the world: environment variables, working folder, output streams and
 * whether it talks to a terminal. Tests pass their own.
 *
 * @param env        environment variables
 * @param workingDir the current folder
 * @param out        standard output
 * @param err        standard error
 * @param terminal   whether standard output is an interactive terminal (progress bar, prompts, colour)
 */
public record Environment(Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err, boolean terminal) {
    public Environment {
        env = Map.copyOf(env);
    }

    public static Environment system() {
        return new Environment(System.getenv(), Path.of("").toAbsolutePath(), Main.writer(System.out), Main.writer(System.err),
                System.console() != null);
    }

    /** Colour is for terminals only, and never with NO_COLOR. */
    public boolean colour() {
        return terminal && !env.containsKey("NO_COLOR");
    }

    /** A path as the user should see it: relative to the working folder when inside it. */
    String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) ? workingDir.relativize(absolute).toString() : absolute.toString();
    }
}
