package dev.strata.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bare words of a statement (keywords and unquoted identifiers, upper-cased), skipping
 * comments, strings, quoted identifiers and dollar-quoted bodies: enough to classify statements
 * such as {@code CREATE INDEX CONCURRENTLY} without parsing SQL.
 */
public final class SqlWords {
    private SqlWords() {
    }

    /** The first {@code max} words. */
    public static List<String> leading(String sql, int max) {
        List<String> words = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(sql);
        int i = 0;
        while (i < sql.length() && words.size() < max) {
            int next = lexer.skipQuotedOrComment(i);
            if (next != i) {
                i = next;
                continue;
            }
            char c = sql.charAt(i);
            if (SqlLexer.isIdentifierStart(c) && (i == 0 || !SqlLexer.isIdentifierPart(sql.charAt(i - 1)))) {
                int j = i + 1;
                while (j < sql.length() && SqlLexer.isIdentifierPart(sql.charAt(j))) {
                    j++;
                }
                words.add(sql.substring(i, j).toUpperCase(Locale.ROOT));
                i = j;
            } else {
                i++;
            }
        }
        return words;
    }

    /** Every word. */
    public static List<String> words(String sql) {
        return leading(sql, Integer.MAX_VALUE);
    }
}
