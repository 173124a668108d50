package dev.strata.core.lint;

import java.util.Optional;

/**
 * A {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table ...} statement.
 *
 * @param table        the indexed table
 * @param concurrently whether it builds without blocking writes
 * @param ifNotExists  whether it is written to be re-runnable
 */
record CreateIndex(Name table, boolean concurrently, boolean ifNotExists) {

    static Optional<CreateIndex> of(LintStatement statement) {
        TokenList tokens = statement.tokens();
        int k = tokens.skip(tokens.skip(0, "CREATE"), "UNIQUE");
        if (k == 0 || !tokens.isWord(k, "INDEX")) {
            return Optional.empty();
        }
        boolean concurrently = tokens.isWord(k + 1, "CONCURRENTLY");
        boolean ifNotExists = tokens.find(k, "IF", "NOT", "EXISTS") >= 0;
        int on = tokens.find(k, "ON");
        if (on < 0) {
            return Optional.empty();
        }
        return tokens.nameAt(tokens.skip(on + 1, "ONLY")).map(table -> new CreateIndex(table, concurrently, ifNotExists));
    }
}
