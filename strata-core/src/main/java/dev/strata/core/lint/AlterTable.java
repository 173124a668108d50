package dev.strata.core.lint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action, ...} statement.
 *
 * @param table   the table altered
 * @param actions its comma-separated actions, e.g. {@code ADD COLUMN x int}
 */
record AlterTable(Name table, List<TokenList> actions) {
    private static final Set<String> CONSTRAINT_STARTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE");

    AlterTable {
        actions = List.copyOf(actions);
    }

    static Optional<AlterTable> of(LintStatement statement) {
        TokenList tokens = statement.tokens();
        if (!tokens.matches(0, "ALTER", "TABLE")) {
            return Optional.empty();
        }
        int k = tokens.skip(tokens.skip(2, "IF", "EXISTS"), "ONLY");
        return tokens.nameAt(k).map(name -> {
            int from = name.end() < tokens.size() && tokens.get(name.end()).isSymbol("*") ? name.end() + 1 : name.end();
            return new AlterTable(name, tokens.splitOnCommas(from));
        });
    }

    /** The column an {@code ADD [COLUMN] [IF NOT EXISTS] name ...} action adds. */
    static Optional<Name> addedColumn(TokenList action) {
        if (!action.isWord(0, "ADD") || action.size() < 2 || isConstraintStart(action.get(1))) {
            return Optional.empty();
        }
        return action.nameAt(action.skip(action.skip(1, "COLUMN"), "IF", "NOT", "EXISTS"));
    }

    /** Index of FOREIGN or CHECK in {@code ADD [CONSTRAINT name] FOREIGN KEY | CHECK ...}, or -1. */
    static int addedConstraintKind(TokenList action) {
        if (!action.isWord(0, "ADD")) {
            return -1;
        }
        int k = action.isWord(1, "CONSTRAINT") ? 3 : 1;
        return action.isWord(k, "FOREIGN") || action.isWord(k, "CHECK") ? k : -1;
    }

    /** The column of an {@code ALTER [COLUMN] name ...} action; {@link Name#end()} is where its change starts. */
    static Optional<Name> alteredColumn(TokenList action) {
        if (!action.isWord(0, "ALTER") || action.isWord(1, "CONSTRAINT")) {
            return Optional.empty();
        }
        return action.nameAt(action.skip(1, "COLUMN"));
    }

    /** The column a {@code DROP [COLUMN] [IF EXISTS] name} action drops. */
    static Optional<Name> droppedColumn(TokenList action) {
        if (!action.isWord(0, "DROP") || action.isWord(1, "CONSTRAINT")) {
            return Optional.empty();
        }
        return action.nameAt(action.skip(action.skip(1, "COLUMN"), "IF", "EXISTS"));
    }

    private static boolean isConstraintStart(Token token) {
        return token.kind() == Token.Kind.WORD && CONSTRAINT_STARTS.contains(token.text().toUpperCase(Locale.ROOT));
    }
}
