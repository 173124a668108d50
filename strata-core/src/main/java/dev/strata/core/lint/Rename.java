package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.stream.Stream;

final class Rename implements Rule {
    static final LintRule DESCRIPTION = new LintRule("rename", Severity.WARNING,
            "RENAME of a table or column breaks the application code that still runs with the old name",
            "add the new name alongside the old (a new column, or a view for a table), move the code over, then drop the old one");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.onExistingTables(Rename::findings);
    }

    private static Stream<Finding> findings(LintStatement statement, AlterTable alter) {
        return alter.actions().stream()
                .filter(action -> action.isWord(0, "RENAME") && !action.isWord(1, "CONSTRAINT"))
                .map(action -> new Finding(statement, describe(alter.table(), action)));
    }

    private static String describe(Name table, TokenList action) {
        if (action.isWord(1, "TO")) {
            return "table " + table.display() + " is renamed: code using the old name fails";
        }
        String column = action.nameAt(action.skip(1, "COLUMN")).map(Name::display).orElse("?");
        return "column " + table.display() + "." + column + " is renamed: code using the old name fails";
    }
}
