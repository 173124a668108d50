package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.stream.Stream;

final class AddColumnNotNullWithoutDefault implements Rule {
    static final LintRule DESCRIPTION = new LintRule("add-column-not-null-without-default", Severity.WARNING,
            "ADD COLUMN ... NOT NULL without DEFAULT fails on a table that has rows",
            "give the column a DEFAULT, or add it nullable, backfill it, then SET NOT NULL");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.onExistingTables(AddColumnNotNullWithoutDefault::findings);
    }

    private static Stream<Finding> findings(LintStatement statement, AlterTable alter) {
        return alter.actions().stream()
                .filter(a -> a.contains("NOT", "NULL") && !a.contains("DEFAULT") && !a.contains("GENERATED"))
                .flatMap(a -> AlterTable.addedColumn(a).stream())
                .map(column -> new Finding(statement, "column " + alter.table().display() + "." + column.display()
                        + " is added NOT NULL without a DEFAULT: this fails if the table has rows"));
    }
}
