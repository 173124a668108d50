package dev.strata.core.lint;

import dev.strata.core.check.Diagnostic;
import dev.strata.core.check.Severity;
import dev.strata.core.folder.Migration;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.script.UnterminatedSqlException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every lint rule over migration files. Lint only reports: its findings are warnings or
 * info, and making them fail a build is the caller's choice (like {@code check --strict}).
 */
public final class Linter {
    static final String IGNORE_WITHOUT_REASON = "ignore-without-reason";
    static final String IGNORE_UNKNOWN_RULE = "ignore-unknown-rule";
    static final String UNTERMINATED_SQL = "unterminated-sql";

    private static final List<Rule> RULES = List.of(new AddColumnNotNullWithoutDefault(), new CreateIndexNotConcurrently(),
            new AddConstraintWithoutNotValid(), new SetNotNull(), new ColumnTypeChange(), new DropColumn(), new DropTable(),
            new EnumValueRemoval(), new Rename(), new DdlWithDataChanges(), new UpdateDeleteWithoutWhere(),
            new AddEnumValueInTransaction(), new MissingIfExists(), new LockTimeoutNotSet());

    private Linter() {
    }

    /** Every rule, for {@code strata lint --list}. */
    public static List<LintRule> rules() {
        return RULES.stream().map(Rule::description).toList();
    }

    /** The diagnostics of every migration of the folder, in apply order. */
    public static List<Diagnostic> lint(MigrationFolder folder) {
        // Files are independent: linted on every core, reported in folder order.
        return folder.migrations().parallelStream().flatMap(m -> lint(m.file(), m.text()).stream()).toList();
    }

    /** The diagnostics of one migration file, by line; {@code file} only names it in them. */
    public static List<Diagnostic> lint(Path file, String text) {
        MigrationScript script;
        try {
            script = MigrationScript.of(file, text);
        } catch (UnterminatedSqlException e) {
            return List.of(new Diagnostic(UNTERMINATED_SQL, Severity.WARNING, file, e.line(), e.getMessage(),
                    "close it; PostgreSQL would reject the file"));
        }
        List<Suppression> suppressions = SqlTokens.of(text, 1).stream()
                .filter(t -> t.kind() == Token.Kind.COMMENT)
                .flatMap(comment -> Suppression.of(comment, script.statements()).stream())
                .toList();
        List<Diagnostic> diagnostics = new ArrayList<>(suppressionProblems(file, suppressions));
        for (Rule rule : RULES) {
            LintRule description = rule.description();
            rule.check(script).stream()
                    .filter(f -> suppressions.stream().noneMatch(s -> s.covers(description.id(), f.statement())))
                    .map(f -> diagnostic(file, description, f))
                    .forEach(diagnostics::add);
        }
        diagnostics.sort(Comparator.comparingInt(Diagnostic::line));
        return List.copyOf(diagnostics);
    }

    private static Diagnostic diagnostic(Path file, LintRule rule, Finding finding) {
        return new Diagnostic(rule.id(), rule.severity(), file, finding.statement().line(), finding.message(),
                finding.fix() != null ? finding.fix() : rule.fix());
    }

    private static List<Diagnostic> suppressionProblems(Path file, List<Suppression> suppressions) {
        Set<String> known = rules().stream().map(LintRule::id).collect(Collectors.toSet());
        List<Diagnostic> problems = new ArrayList<>();
        for (Suppression s : suppressions) {
            if (s.reason().isBlank()) {
                problems.add(new Diagnostic(IGNORE_WITHOUT_REASON, Severity.WARNING, file, s.line(),
                        "strata:ignore " + String.join(",", s.rules()) + " gives no reason",
                        "write why after the rule id: -- strata:ignore <rule-id> <reason>"));
            }
            s.rules().stream().filter(id -> !known.contains(id)).forEach(id -> problems.add(new Diagnostic(
                    IGNORE_UNKNOWN_RULE, Severity.WARNING, file, s.line(), "strata:ignore names no rule called " + id,
                    "use one of the ids of strata lint --list")));
        }
        return problems;
    }
}
