package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

final class MissingIfExists implements Rule {
    static final LintRule DESCRIPTION = new LintRule("missing-if-exists", Severity.INFO,
            "CREATE without IF NOT EXISTS or DROP without IF EXISTS fails when run against a database that already has the change",
            "write CREATE ... IF NOT EXISTS / DROP ... IF EXISTS if the migration may meet a partly migrated database");
    /** How far into a DROP statement IF EXISTS may come: DROP MATERIALIZED VIEW IF EXISTS. */
    private static final int DROP_PREFIX = 5;

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.statements().stream().flatMap(s -> problem(s).map(message -> new Finding(s, message)).stream()).toList();
    }

    private static Optional<String> problem(LintStatement statement) {
        TokenList tokens = statement.tokens();
        if (statement.createdTable().isPresent() && !tokens.contains("IF", "NOT", "EXISTS")) {
            return Optional.of("CREATE TABLE " + statement.createdTable().get().display() + " has no IF NOT EXISTS");
        }
        Optional<CreateIndex> index = CreateIndex.of(statement);
        if (index.isPresent() && !index.get().ifNotExists()) {
            return Optional.of("CREATE INDEX on " + index.get().table().display() + " has no IF NOT EXISTS");
        }
        if (tokens.matches(0, "CREATE", "SCHEMA") && !tokens.matches(2, "IF", "NOT", "EXISTS")) {
            return Optional.of("CREATE SCHEMA has no IF NOT EXISTS");
        }
        int ifExists = tokens.find(1, "IF", "EXISTS");
        if (tokens.isWord(0, "DROP") && (ifExists < 0 || ifExists > DROP_PREFIX)) {
            return Optional.of("DROP " + (tokens.size() > 1 ? tokens.get(1).text().toUpperCase(Locale.ROOT) : "")
                    + " has no IF EXISTS");
        }
        return Optional.empty();
    }
}
