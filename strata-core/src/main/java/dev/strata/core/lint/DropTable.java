package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.ArrayList;
import java.util.List;

final class DropTable implements Rule {
    static final LintRule DESCRIPTION = new LintRule("drop-table", Severity.WARNING,
            "DROP TABLE loses the table's data, and running code that still uses it fails",
            "stop using the table in the application first, deploy, then drop it; back up the data if it may be needed");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        List<Finding> findings = new ArrayList<>();
        for (LintStatement s : script.statements()) {
            for (Name table : droppedTables(s.tokens())) {
                if (!script.createdBefore(table, s)) {
                    findings.add(new Finding(s, "table " + table.display() + " is dropped with its data"));
                }
            }
        }
        return findings;
    }

    /** The names of {@code DROP TABLE [IF EXISTS] a, b [CASCADE]}; also used for {@code DROP TYPE}. */
    static List<Name> droppedNames(TokenList tokens, String kind) {
        List<Name> names = new ArrayList<>();
        if (!tokens.matches(0, "DROP", kind)) {
            return names;
        }
        int k = tokens.skip(2, "IF", "EXISTS");
        while (true) {
            var name = tokens.nameAt(k);
            if (name.isEmpty()) {
                return names;
            }
            names.add(name.get());
            k = name.get().end();
            if (k >= tokens.size() || !tokens.get(k).isSymbol(",")) {
                return names;
            }
            k++;
        }
    }

    private static List<Name> droppedTables(TokenList tokens) {
        return droppedNames(tokens, "TABLE");
    }
}
