package dev.strata.cli;

import dev.strata.core.check.CheckReport;
import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
                "(--no-drift skips it). Exit 1 on errors (--strict: on warnings too).",
                ""})
final class CheckCommand extends GlobalCommand {
    @Option(names = "--offline", description = "Check the folder only; do not connect to the database.")
    boolean offline;

    @Option(names = "--no-drift", negatable = false,
            description = "Skip the drift check (replaying applied migrations into a shadow database).")
    boolean noDrift;

    @Option(names = "--strict", description = "Warnings count as errors for the exit code.")
    boolean strict;

    @Override
    public Integer call() {
        CheckReport report = global.strata().check(offline, !noDrift);
        List<Diagnostic> sorted = report.diagnostics().stream().sorted(Comparator.comparing(Diagnostic::severity)).toList();
        Environment env = global.env();
        if (global.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("status", "ok");
            doc.put("databaseChecked", report.databaseRead());
            doc.put("diagnostics", sorted.stream().map(CheckCommand::json).toList());
            doc.put("errors", report.count(Severity.ERROR));
            doc.put("warnings", report.count(Severity.WARNING));
            env.out().println(Json.write(doc));
        } else {
            for (Diagnostic d : sorted) {
                if (d.severity() == Severity.INFO && global.quiet) {
                    continue;
                }
                String where = d.file() == null ? "" : d.file() + (d.line() > 0 ? ":" + d.line() : "") + ": ";
                env.out().println(where + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.rule() + ": " + d.message());
                if (d.fix() != null) {
                    env.out().println("  fix: " + d.fix());
                }
            }
            env.out().println(report.count(Severity.ERROR) + " error(s), " + report.count(Severity.WARNING) + " warning(s)"
                    + (report.databaseRead() ? "" : "; database not checked") + ".");
        }
        boolean failed = report.count(Severity.ERROR) > 0 || (strict && report.count(Severity.WARNING) > 0);
        return failed ? 1 : 0;
    }

    private static Map<String, Object> json(Diagnostic d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", d.rule());
        m.put("severity", d.severity().name().toLowerCase(Locale.ROOT));
        m.put("file", Json.path(d.file()));
        m.put("line", d.line() == 0 ? null : d.line());
        m.put("message", d.message());
        m.put("fix", d.fix());
        return m;
    }
}
