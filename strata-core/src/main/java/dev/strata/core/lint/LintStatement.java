package dev.strata.core.lint;

import dev.strata.core.script.Statement;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A statement of the file being linted with its tokens (comments left out).
 *
 * @param statement the statement as the splitter found it
 * @param tokens    its tokens, lines counted from the statement's line
 */
record LintStatement(Statement statement, TokenList tokens) {
    private static final Set<String> DDL = Set.of("CREATE", "ALTER", "DROP");
    private static final Set<String> DATA_CHANGES = Set.of("INSERT", "UPDATE", "DELETE");

    static LintStatement of(Statement statement) {
        var code = SqlTokens.of(statement.sql(), statement.line()).stream()
                .filter(t -> t.kind() != Token.Kind.COMMENT)
                .toList();
        return new LintStatement(statement, new TokenList(code));
    }

    int line() {
        return statement.line();
    }

    int index() {
        return statement.index();
    }

    /** The last line the statement covers. */
    int endLine() {
        return line() + (int) statement.sql().chars().filter(c -> c == '\n').count();
    }

    String firstWord() {
        Token first = tokens.size() == 0 ? null : tokens.get(0);
        return first != null && first.kind() == Token.Kind.WORD ? first.text().toUpperCase(Locale.ROOT) : "";
    }

    boolean isDdl() {
        return DDL.contains(firstWord());
    }

    boolean isDataChange() {
        if (firstWord().equals("WITH")) {
            return DATA_CHANGES.stream().anyMatch(tokens::contains);
        }
        return DATA_CHANGES.contains(firstWord());
    }

    /** The table a {@code CREATE [TEMP | UNLOGGED] TABLE} makes, if this is one. */
    Optional<Name> createdTable() {
        if (!tokens.isWord(0, "CREATE")) {
            return Optional.empty();
        }
        int k = 1;
        while (tokens.isWord(k, "GLOBAL") || tokens.isWord(k, "LOCAL") || tokens.isWord(k, "TEMP")
                || tokens.isWord(k, "TEMPORARY") || tokens.isWord(k, "UNLOGGED")) {
            k++;
        }
        if (!tokens.isWord(k, "TABLE")) {
            return Optional.empty();
        }
        return tokens.nameAt(tokens.skip(k + 1, "IF", "NOT", "EXISTS"));
    }
}
