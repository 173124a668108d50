package dev.strata.studio;

import dev.strata.core.script.Statement;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the SQL console refuses before running anything: statements that end or start transactions
 * (the console's transaction is what keeps it read-only, and what rolls it back), and, read-only,
 * {@code COPY} (it can write files on the server).
 */
final class ConsoleGuard {
    private static final Set<String> TRANSACTION_CONTROL = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT");
    private static final Pattern WORDS = Pattern.compile("^\\s*([A-Za-z_]+)(?:\\s+([A-Za-z_]+))?");

    private ConsoleGuard() {
    }

    static void check(Statement st, boolean write) {
        Matcher m = WORDS.matcher(st.sql());
        if (!m.find()) {
            return;
        }
        String first = m.group(1).toUpperCase(Locale.ROOT);
        String second = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
        boolean prepared = (first.equals("PREPARE") && second.equals("TRANSACTION"))
                || ((first.equals("COMMIT") || first.equals("ROLLBACK")) && second.equals("PREPARED"));
        if (TRANSACTION_CONTROL.contains(first) || prepared) {
            throw ApiException.badRequest("statement " + st.index() + " (line " + st.line() + ") controls the transaction ("
                    + first + "): the console runs everything in one transaction of its own",
                    write ? "leave out BEGIN/COMMIT/ROLLBACK: with --write the console commits when all statements succeed"
                            : "leave out BEGIN/COMMIT/ROLLBACK: the console is read-only and rolls back");
        }
        if (!write && first.equals("COPY")) {
            throw new ApiException(403, "statement " + st.index() + " (line " + st.line() + "): COPY is refused in a read-only studio",
                    "read with SELECT, or restart with strata studio --write");
        }
    }
}
