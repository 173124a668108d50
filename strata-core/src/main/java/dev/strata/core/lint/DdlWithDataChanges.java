package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.Optional;

final class DdlWithDataChanges implements Rule {
    static final LintRule DESCRIPTION = new LintRule("ddl-with-data-changes", Severity.WARNING,
            "a migration that mixes schema changes with INSERT/UPDATE/DELETE holds its DDL locks for as long as the data change runs",
            "move the data change into a migration of its own");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        Optional<LintStatement> ddl = script.statements().stream().filter(LintStatement::isDdl).findFirst();
        Optional<LintStatement> data = script.statements().stream().filter(LintStatement::isDataChange).findFirst();
        if (ddl.isEmpty() || data.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(data.get(), data.get().firstWord() + " at line " + data.get().line()
                + " is in the same migration as " + ddl.get().firstWord() + " at line " + ddl.get().line()));
    }
}
