package dev.strata.cli;

import dev.strata.core.check.CheckReport;
import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.Severity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link CheckReport} for {@code check} and {@code lint}: one line per diagnostic with its fix, or one JSON document. */
final class DiagnosticsView {
    private DiagnosticsView() {
    }

    static void print(GlobalOptions global, CheckReport report) {
        List<Diagnostic> sorted = report.diagnostics().stream().sorted(Comparator.comparing(Diagnostic::severity)).toList();
        Environment env = global.env();
        if (global.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("status", "ok");
            doc.put("databaseChecked", report.databaseRead());
            doc.put("diagnostics", sorted.stream().map(DiagnosticsView::json).toList());
            doc.put("errors", report.count(Severity.ERROR));
            doc.put("warnings", report.count(Severity.WARNING));
            env.out().println(Json.write(doc));
            return;
        }
        lines(env, sorted, global.quiet);
        env.out().println(report.count(Severity.ERROR) + " error(s), " + report.count(Severity.WARNING) + " warning(s)"
                + (report.databaseRead() ? "" : "; database not checked") + ".");
    }

    /** One line per diagnostic (info left out when {@code quiet}), each followed by its fix. */
    static void lines(Environment env, List<Diagnostic> diagnostics, boolean quiet) {
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.INFO && quiet) {
                continue;
            }
            String where = d.file() == null ? "" : d.file() + (d.line() > 0 ? ":" + d.line() : "") + ": ";
            env.out().println(where + d.severity().name().toLowerCase(Locale.ROOT) + " " + d.rule() + ": " + d.message());
            if (d.fix() != null) {
                env.out().println("  fix: " + d.fix());
            }
        }
    }

    /** The exit code: 1 on errors, or on warnings with {@code strict}. */
    static int exitCode(CheckReport report, boolean strict) {
        return report.count(Severity.ERROR) > 0 || (strict && report.count(Severity.WARNING) > 0) ? 1 : 0;
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
