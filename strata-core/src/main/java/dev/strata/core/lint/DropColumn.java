package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;

final class DropColumn implements Rule {
    static final LintRule DESCRIPTION = new LintRule("drop-column", Severity.WARNING,
            "DROP COLUMN loses the column's data, and running code that still reads it fails",
            "stop using the column in the application first, deploy, then drop it; back up the data if it may be needed");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.onExistingTables((s, alter) -> alter.actions().stream()
                .flatMap(action -> AlterTable.droppedColumn(action).stream())
                .map(column -> new Finding(s, "column " + alter.table().display() + "." + column.display()
                        + " is dropped with its data")));
    }
}
