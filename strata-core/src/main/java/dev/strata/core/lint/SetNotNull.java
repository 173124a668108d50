package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks the file in order, remembering {@code CHECK (col IS NOT NULL)} constraints and which of
 * them are validated: PostgreSQL 12+ uses a validated one to skip SET NOT NULL's scan.
 */
final class SetNotNull implements Rule {
    static final LintRule DESCRIPTION = new LintRule("set-not-null", Severity.WARNING,
            "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
            "first ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT, then SET NOT NULL"
                    + " (PostgreSQL 12+ skips the scan), then drop the check");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        List<Finding> findings = new ArrayList<>();
        NotNullChecks checks = new NotNullChecks();
        for (LintStatement s : script.statements()) {
            Optional<AlterTable> alter = AlterTable.of(s).filter(a -> !script.createdBefore(a.table(), s));
            for (TokenList action : alter.map(AlterTable::actions).orElse(List.of())) {
                Name table = alter.get().table();
                checks.record(table, action);
                setNotNullColumn(action)
                        .filter(column -> !checks.isValidated(table, column))
                        .ifPresent(column -> findings.add(finding(s, table, column)));
            }
        }
        return findings;
    }

    private static Finding finding(LintStatement statement, Name table, Name column) {
        String check = column.key() + "_not_null";
        return new Finding(statement, "SET NOT NULL on " + table.display() + "." + column.display()
                + " scans the table under an ACCESS EXCLUSIVE lock",
                "ALTER TABLE " + table.display() + " ADD CONSTRAINT " + check + " CHECK (" + column.display()
                        + " IS NOT NULL) NOT VALID; ALTER TABLE " + table.display() + " VALIDATE CONSTRAINT " + check
                        + "; then SET NOT NULL (PostgreSQL 12+)");
    }

    private static Optional<Name> setNotNullColumn(TokenList action) {
        return AlterTable.alteredColumn(action).filter(column -> action.matches(column.end(), "SET", "NOT", "NULL"));
    }

    /** The NOT NULL checks seen so far, keyed {@code table/constraint} and {@code table.column}. */
    private static final class NotNullChecks {
        private final Map<String, String> columnByConstraint = new HashMap<>();
        private final Set<String> validatedColumns = new HashSet<>();

        void record(Name table, TokenList action) {
            notNullCheck(action).ifPresent(column -> {
                columnByConstraint.put(table.key() + "/" + constraintName(action), table.key() + "." + column);
                if (!action.contains("NOT", "VALID")) {
                    validatedColumns.add(table.key() + "." + column);
                }
            });
            if (action.matches(0, "VALIDATE", "CONSTRAINT") && action.size() > 2) {
                String column = columnByConstraint.get(table.key() + "/" + action.get(2).text().toLowerCase(Locale.ROOT));
                if (column != null) {
                    validatedColumns.add(column);
                }
            }
        }

        boolean isValidated(Name table, Name column) {
            return validatedColumns.contains(table.key() + "." + column.key());
        }

        /** The column key of {@code ADD [CONSTRAINT n] CHECK (col IS NOT NULL)}, if the action is one. */
        private static Optional<String> notNullCheck(TokenList action) {
            int kind = AlterTable.addedConstraintKind(action);
            if (kind < 0 || !action.isWord(kind, "CHECK")) {
                return Optional.empty();
            }
            TokenList body = action.parenthesized(kind + 1);
            return body.nameAt(0)
                    .filter(column -> column.end() + 3 == body.size() && body.matches(column.end(), "IS", "NOT", "NULL"))
                    .map(Name::key);
        }

        private static String constraintName(TokenList action) {
            return action.isWord(1, "CONSTRAINT") ? action.get(2).text().toLowerCase(Locale.ROOT) : "";
        }
    }
}
