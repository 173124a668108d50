package dev.strata.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the CLI in-process with captured output.
 *
 * @param exitCode the exit code
 * @param out      standard output
 * @param err      standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path workingDir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(env);
        int code = Main.execute(new Environment(environment, workingDir, new PrintWriter(out, true), new PrintWriter(err, true), false), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun run(Path workingDir, String... args) {
        return run(workingDir, Map.of(), args);
    }
}
