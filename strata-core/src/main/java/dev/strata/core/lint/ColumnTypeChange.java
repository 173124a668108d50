package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.stream.Stream;

final class ColumnTypeChange implements Rule {
    static final LintRule DESCRIPTION = new LintRule("column-type-change", Severity.WARNING,
            "ALTER COLUMN ... TYPE may rewrite the table and its indexes under an ACCESS EXCLUSIVE lock",
            "add a new column, backfill it in batches, switch readers over, then drop the old column"
                    + " (or confirm the change is binary-compatible, e.g. varchar(n) to text)");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.onExistingTables(ColumnTypeChange::findings);
    }

    private static Stream<Finding> findings(LintStatement statement, AlterTable alter) {
        return alter.actions().stream().flatMap(action -> AlterTable.alteredColumn(action)
                .filter(column -> action.isWord(column.end(), "TYPE") || action.matches(column.end(), "SET", "DATA", "TYPE"))
                .map(column -> new Finding(statement, "the type of " + alter.table().display() + "." + column.display()
                        + " changes: PostgreSQL may rewrite the table while it is locked"))
                .stream());
    }
}
