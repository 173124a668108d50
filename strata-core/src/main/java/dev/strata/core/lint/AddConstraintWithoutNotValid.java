package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

final class AddConstraintWithoutNotValid implements Rule {
    static final LintRule DESCRIPTION = new LintRule("add-constraint-without-not-valid", Severity.WARNING,
            "ADD FOREIGN KEY or CHECK on an existing table scans it while holding a lock that blocks writes",
            "add the constraint NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a later statement");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.onExistingTables(AddConstraintWithoutNotValid::findings);
    }

    private static Stream<Finding> findings(LintStatement statement, AlterTable alter) {
        return alter.actions().stream()
                .filter(a -> AlterTable.addedConstraintKind(a) >= 0 && !a.contains("NOT", "VALID"))
                .map(a -> new Finding(statement, constraintName(a) + " on " + alter.table().display()
                        + " is added without NOT VALID: the table is scanned while writes wait"));
    }

    private static String constraintName(TokenList action) {
        String kind = action.get(AlterTable.addedConstraintKind(action)).text().toUpperCase(Locale.ROOT);
        String what = kind.equals("CHECK") ? "CHECK constraint" : "foreign key";
        return action.isWord(1, "CONSTRAINT") ? what + " " + action.get(2).text() : what;
    }
}
