package dev.strata.core.apply;

import dev.strata.core.script.SqlWords;
import dev.strata.core.script.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which statements PostgreSQL refuses inside a transaction block, and when an enum value added by
 * {@code ALTER TYPE ... ADD VALUE} is used before it is committed ("unsafe use of new value").
 */
final class TransactionRules {
    private static final Pattern ADD_VALUE = Pattern.compile(
            "ADD\\s+VALUE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?'((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

    private TransactionRules() {
    }

    /** Why this statement cannot run in a transaction block, or empty when it can. */
    static Optional<String> refusesTransaction(Statement statement) {
        List<String> w = SqlWords.leading(statement.sql(), 6);
        if (w.isEmpty()) {
            return Optional.empty();
        }
        String first = w.get(0);
        String two = w.size() > 1 ? first + " " + w.get(1) : first;
        if (w.contains("CONCURRENTLY") && (two.equals("CREATE INDEX") || two.equals("CREATE UNIQUE")
                || two.equals("DROP INDEX") || first.equals("REINDEX"))) {
            return Optional.of(String.join(" ", w.subList(0, w.indexOf("CONCURRENTLY") + 1)));
        }
        if (first.equals("VACUUM")) {
            return Optional.of("VACUUM");
        }
        return switch (two) {
            case "CREATE DATABASE", "DROP DATABASE", "ALTER SYSTEM", "CREATE TABLESPACE", "DROP TABLESPACE",
                    "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION" -> Optional.of(two);
            default -> transactionControl(first);
        };
    }

    /** Whether the statement opens, ends or marks a transaction itself (BEGIN, COMMIT, SAVEPOINT...). */
    static boolean controlsTransactions(Statement statement) {
        List<String> w = SqlWords.leading(statement.sql(), 1);
        return !w.isEmpty() && transactionControl(w.get(0)).isPresent();
    }

    /** A file with its own BEGIN/COMMIT manages its transactions: wrapping it would break them. */
    private static Optional<String> transactionControl(String first) {
        return switch (first) {
            case "BEGIN", "COMMIT", "ROLLBACK", "END", "START", "SAVEPOINT" -> Optional.of(first + " (the file controls its own transactions)");
            default -> Optional.empty();
        };
    }

    /** The enum labels added by {@code ALTER TYPE ... ADD VALUE 'x'} in this statement. */
    static List<String> addedEnumValues(Statement statement) {
        List<String> w = SqlWords.leading(statement.sql(), 2);
        if (w.size() < 2 || !w.get(0).equals("ALTER") || !w.get(1).equals("TYPE")) {
            return List.of();
        }
        List<String> labels = new ArrayList<>();
        Matcher m = ADD_VALUE.matcher(statement.sql());
        while (m.find()) {
            labels.add(m.group(1));
        }
        return labels;
    }

    /** Whether the statement mentions one of the labels as a string literal. */
    static Optional<String> usesAny(Statement statement, List<String> labels) {
        for (String label : labels) {
            if (statement.sql().contains("'" + label + "'") && addedEnumValues(statement).isEmpty()) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** The mode a migration needs on its own, and why when it is not a transaction. */
    static PlannedMode modeOf(List<Statement> statements) {
        List<String> added = new ArrayList<>();
        for (Statement s : statements) {
            Optional<String> refuses = refusesTransaction(s);
            if (refuses.isPresent()) {
                return new PlannedMode(TransactionMode.NONE, "statement " + s.index() + " (line " + s.line() + ") is "
                        + refuses.get() + ", which PostgreSQL refuses inside a transaction block");
            }
            Optional<String> used = usesAny(s, added);
            if (used.isPresent()) {
                return new PlannedMode(TransactionMode.NONE, "statement " + s.index() + " (line " + s.line()
                        + ") uses enum value '" + used.get() + "' added earlier in the same file, which PostgreSQL allows only after a commit");
            }
            added.addAll(addedEnumValues(s));
        }
        return new PlannedMode(TransactionMode.TRANSACTION, null);
    }

    /**
     * A transaction mode and its reason.
     *
     * @param mode   the mode
     * @param reason why, when not {@link TransactionMode#TRANSACTION}
     */
    record PlannedMode(TransactionMode mode, String reason) {
    }
}
