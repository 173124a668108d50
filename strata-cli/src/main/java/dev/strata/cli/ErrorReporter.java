package dev.strata.cli;

import dev.strata.core.StrataException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps every exception to its message and exit code, in one place. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        GlobalOptions global = cl.getCommand() instanceof GlobalCommand c ? c.global() : null;
        boolean json = global != null && global.json;
        boolean verbose = global != null && global.verbose;
        PrintWriter err = cl.getErr();
        if (e instanceof StrataException se) {
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("status", "error");
                doc.put("exitCode", se.exitCode());
                doc.put("error", Json.problem(se.problem()));
                cl.getOut().println(Json.write(doc));
            }
            err.println("error: " + se.problem().render());
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return se.exitCode();
        }
        err.println("internal error: " + e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("  run again with --verbose for the stack trace, and report it");
        }
        err.flush();
        return Main.INTERNAL_ERROR;
    }
}
