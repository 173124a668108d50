package dev.strata.core.lint;

import dev.strata.core.check.Severity;

import java.util.List;
import java.util.Optional;

final class UpdateDeleteWithoutWhere implements Rule {
    static final LintRule DESCRIPTION = new LintRule("update-delete-without-where", Severity.WARNING,
            "UPDATE or DELETE without WHERE changes every row of the table",
            "add a WHERE clause; if every row is meant, say so with WHERE true or a strata:ignore comment");

    @Override
    public LintRule description() {
        return DESCRIPTION;
    }

    @Override
    public List<Finding> check(MigrationScript script) {
        return script.statements().stream()
                .filter(s -> !s.tokens().contains("WHERE"))
                .flatMap(s -> target(s.tokens())
                        .map(table -> new Finding(s, s.firstWord() + " without WHERE changes every row of " + table.display()))
                        .stream())
                .toList();
    }

    private static Optional<Name> target(TokenList tokens) {
        if (tokens.isWord(0, "UPDATE")) {
            return tokens.nameAt(tokens.skip(1, "ONLY"));
        }
        if (tokens.matches(0, "DELETE", "FROM")) {
            return tokens.nameAt(tokens.skip(2, "ONLY"));
        }
        return Optional.empty();
    }
}
