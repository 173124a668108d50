package dev.strata.cli;

import dev.strata.core.check.CheckReport;
import dev.strata.core.lint.LintRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code strata lint}: risky statements in migrations, before they reach production. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = {
                "Find risky statements in migrations.",
                "",
                "Checks the given .sql files, or every migration of --dir: NOT NULL columns",
                "without a default, indexes built without CONCURRENTLY, constraints added",
                "without NOT VALID, SET NOT NULL, type changes that rewrite tables, data loss",
                "(DROP COLUMN/TABLE, enum value removal), renames, DDL mixed with data",
                "changes, UPDATE/DELETE without WHERE, a new enum value used in the same",
                "transaction, missing IF [NOT] EXISTS, no lock_timeout before lock-heavy DDL.",
                "--list shows every rule with its explanation and fix. Silence one statement",
                "with a comment `-- strata:ignore <rule-id> <why>` before it (before the first",
                "statement: the whole file). Needs no database. Exit 1 on errors, and on",
                "warnings with --strict.",
                ""})
final class LintCommand extends GlobalCommand {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Migration files to lint (default: the whole --dir).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--list", description = "List the rules and exit.")
    boolean list;

    @Option(names = "--strict", description = "Warnings count as errors for the exit code.")
    boolean strict;

    @Override
    public Integer call() {
        Environment env = global.env();
        if (list) {
            List<LintRule> rules = dev.strata.core.lint.Linter.rules();
            if (global.json) {
                env.out().println(Json.write(rules.stream().map(LintCommand::json).toList()));
            } else {
                for (LintRule r : rules) {
                    env.out().println(r.id() + " (" + r.severity().name().toLowerCase(Locale.ROOT) + ")");
                    env.out().println("  " + r.explanation());
                    env.out().println("  fix: " + r.fix());
                }
            }
            return 0;
        }
        List<Path> resolved = files.stream().map(f -> env.workingDir().resolve(f)).toList();
        CheckReport report = global.strata().lint(resolved);
        DiagnosticsView.print(global, report);
        return DiagnosticsView.exitCode(report, strict);
    }

    private static Map<String, Object> json(LintRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("severity", r.severity().name().toLowerCase(Locale.ROOT));
        m.put("explanation", r.explanation());
        m.put("fix", r.fix());
        return m;
    }
}
