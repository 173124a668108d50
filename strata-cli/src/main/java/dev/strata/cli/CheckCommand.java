package dev.strata.cli;

import dev.strata.core.CheckOptions;
import dev.strata.core.check.CheckReport;
import dev.strata.core.check.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;


/** {@code strata check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
                "Check the folder and the database against each other.",
                "",
                "Folder: duplicate numbers (two 0007_*), idx gaps, journal entries without",
                "files and numbered files without entries, non-increasing `when`, names,",
                "encoding, snapshot versions, broken prevId chain and branch collisions.",
                "Database (when one is configured; never starts the embedded server):",
                "applied migrations edited or missing from the folder, failed ones, pending",
                "ones older than applied ones; drift: the migrations it has applied are",
                "replayed into a shadow database and every object that differs is listed",
                "(--no-drift skips it; the shadow database is made on --shadow-url, else",
                "on the same server, else - when the user may not create databases - on",
                "the embedded server). Lint: strata lint's rules over the migrations not",
                "applied yet, all of them with --offline (--no-lint skips it). Exit 1 on",
                "errors (--strict: on warnings too).",
                ""})
final class CheckCommand extends GlobalCommand {
    @Option(names = "--offline", description = "Do not connect to the database: folder rules and lint only.")
    boolean offline;

    @Option(names = "--no-drift", negatable = false,
            description = "Skip the drift check (replaying applied migrations into a shadow database).")
    boolean noDrift;

    @Option(names = "--no-lint", negatable = false, description = "Skip linting the migrations not applied yet.")
    boolean noLint;

    @Option(names = "--strict", description = "Warnings count as errors for the exit code.")
    boolean strict;

    @Override
    public Integer call() {
        CheckReport report = global.strata().check(new CheckOptions(offline, !noDrift, !noLint));
        DiagnosticsView.print(global, report);
        return DiagnosticsView.exitCode(report, strict);
    }

}
