package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class AddEnumValueInTransaction implements Rule {
    static final LintRule DESCRIPTION = new LintRule("add-enum-value-in-transaction", Severity.WARNING,
            "a value added by ALTER TYPE ... ADD VALUE cannot be used before its transaction commits: drizzle-orm's"
                    + " migrator, which runs a migration in one transaction, fails on such a file, and strata migrate"
                    + " runs it outside a transaction, where a failure halfway leaves it half applied",
            "move the statements that use the new value into a later migration");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        List<Finding> findings = new ArrayList<>();
        for (LintStatement added : script.statements()) {
            addedValue(added.tokens()).ifPresent(value -> script.after(added).stream()
                    .filter(later -> addedValue(later.tokens()).isEmpty() && later.tokens().strings().contains(value))
                    .forEach(later -> findings.add(new Finding(later, "enum value '" + value + "' added at line "
                            + added.line() + " is used in the same migration, which PostgreSQL rejects inside one"
                            + " transaction (drizzle-orm's migrator); strata migrate runs the file outside a transaction"))));
        }
        return findings;
    }

    /** The literal of {@code ALTER TYPE name ADD VALUE [IF NOT EXISTS] 'x'}. */
    private static Optional<String> addedValue(TokenList tokens) {
        if (!tokens.matches(0, "ALTER", "TYPE")) {
            return Optional.empty();
        }
        int add = tokens.find(2, "ADD", "VALUE");
        if (add < 0) {
            return Optional.empty();
        }
        int literal = tokens.skip(add + 2, "IF", "NOT", "EXISTS");
        return literal < tokens.size() && tokens.get(literal).kind() == Token.Kind.STRING
                ? Optional.of(tokens.get(literal).text()) : Optional.empty();
    }
}
