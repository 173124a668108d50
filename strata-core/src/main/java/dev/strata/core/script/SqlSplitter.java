package dev.strata.core.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration file into the statements PostgreSQL will run, the way psql's lexer does: at
 * a top-level {@code ;} and at Drizzle's {@code --> statement-breakpoint} marker, never inside
 * strings, quoted identifiers, dollar-quoted bodies, comments, parentheses or the
 * {@code BEGIN ATOMIC ... END} body of a SQL-standard function (where {@code BEGIN}/{@code CASE}
 * open and {@code END} closes, as psql counts them). Leading comments are not part of a statement;
 * each statement keeps the line of its first token. A leading UTF-8 BOM is dropped.
 */
public final class SqlSplitter {
    /** Drizzle Kit's marker between statements. */
    public static final String BREAKPOINT = "--> statement-breakpoint";

    private final String text;
    private final SqlLexer lexer;
    private final List<Statement> statements = new ArrayList<>();
    private int start = -1;
    private int startLine;
    private int parenDepth;
    private int beginDepth;
    private int words;

    private SqlSplitter(String text) {
        this.text = text;
        this.lexer = new SqlLexer(text);
    }

    /** The statements of {@code text}, in order; empty for a file of only comments and blanks. */
    public static List<Statement> split(String text) {
        String body = text.startsWith("\uFEFF") ? " " + text.substring(1) : text;
        SqlSplitter splitter = new SqlSplitter(body);
        splitter.scan();
        return List.copyOf(splitter.statements);
    }

    private void scan() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '-' && text.startsWith(BREAKPOINT, i)) {
                end(i);
                i = skipLineComment(i);
                continue;
            }
            if (c == '-' && i + 1 < text.length() && text.charAt(i + 1) == '-') {
                i = skipLineComment(i);
                continue;
            }
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                i = lexer.skipQuotedOrComment(i);
                continue;
            }
            if (Character.isWhitespace(c)) {
                i = lexer.advance(i, i + 1);
                continue;
            }
            begin(i);
            int next = lexer.skipQuotedOrComment(i);
            if (next != i) {
                i = next;
            } else if (SqlLexer.isIdentifierStart(c)) {
                i = word(i);
            } else {
                punctuation(c, i);
                i++;
            }
        }
        end(text.length());
    }

    private int skipLineComment(int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl;
    }

    private void punctuation(char c, int i) {
        if (c == '(') {
            parenDepth++;
        } else if (c == ')') {
            parenDepth = Math.max(0, parenDepth - 1);
        } else if (c == ';' && parenDepth == 0 && beginDepth == 0) {
            end(i + 1);
        }
    }

    /** psql's rule: BEGIN or CASE after the statement's first word opens a block, END closes one. */
    private int word(int i) {
        int j = i + 1;
        while (j < text.length() && SqlLexer.isIdentifierPart(text.charAt(j))) {
            j++;
        }
        words++;
        String w = text.substring(i, j).toUpperCase(Locale.ROOT);
        if ((w.equals("BEGIN") || w.equals("CASE")) && words > 1) {
            beginDepth++;
        } else if (w.equals("END") && beginDepth > 0) {
            beginDepth--;
        }
        return j;
    }

    private void begin(int i) {
        if (start < 0) {
            start = i;
            startLine = lexer.line();
        }
    }

    private void end(int to) {
        if (start >= 0) {
            String sql = text.substring(start, to).stripTrailing();
            statements.add(new Statement(sql, startLine, statements.size() + 1));
        }
        start = -1;
        parenDepth = 0;
        beginDepth = 0;
        words = 0;
    }
}
