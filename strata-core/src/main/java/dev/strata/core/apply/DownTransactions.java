package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.script.Statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A down file cut into the fewest transactions PostgreSQL lets it run in, in file order. Usually one. A new
 * transaction starts before a statement that uses an enum value an earlier statement of the same transaction added
 * (PostgreSQL allows that only after a commit, SQLSTATE 55P04: the down file of an enum value removal adds the value
 * back and sets the default that names it); a statement PostgreSQL refuses in any transaction block (CREATE INDEX
 * CONCURRENTLY, VACUUM) runs on its own.
 *
 * @param batches the transactions, in order; never empty
 */
record DownTransactions(List<Batch> batches) {
    DownTransactions {
        batches = List.copyOf(batches);
    }

    /**
     * Statements that run together.
     *
     * @param statements         their statements, in file order
     * @param outsideTransaction whether the one statement runs on its own, outside a transaction block
     * @param reason             why a new batch starts here; {@code null} for the first
     */
    record Batch(List<Statement> statements, boolean outsideTransaction, String reason) {
        Batch {
            statements = List.copyOf(statements);
        }
    }

    /** {@code statements} of {@code file} cut into batches; refuses a file that opens or ends transactions itself. */
    static DownTransactions of(Path file, List<Statement> statements) {
        List<Batch> batches = new ArrayList<>();
        List<Statement> current = new ArrayList<>();
        List<String> added = new ArrayList<>();
        String reason = null;
        for (Statement s : statements) {
            Optional<String> refuses = TransactionRules.refusesTransaction(s);
            if (refuses.isPresent() && TransactionRules.controlsTransactions(s)) {
                throw new StrataException.Input(new Problem("rollback.transaction-control", file, s.line(), s.sql(), null,
                        "the down file controls its own transactions (" + refuses.get() + ")", null,
                        "remove BEGIN/COMMIT from the down file: rollback commits each down file together with the removal "
                                + "of its tracking rows; nothing was rolled back", null));
            }
            Optional<String> used = TransactionRules.usesAny(s, added);
            if (refuses.isPresent()) {
                close(batches, current, reason);
                batches.add(new Batch(List.of(s), true, "statement " + s.index() + " (line " + s.line() + ") is "
                        + refuses.get() + ", which PostgreSQL refuses inside a transaction block"));
                reason = "statement " + s.index() + " ran on its own";
                added.clear();
                continue;
            }
            if (used.isPresent()) {
                close(batches, current, reason);
                reason = "statement " + s.index() + " (line " + s.line() + ") uses enum value '" + used.get()
                        + "' added before it, which PostgreSQL allows only after a commit";
                added.clear();
            }
            current.add(s);
            added.addAll(TransactionRules.addedEnumValues(s));
        }
        if (!current.isEmpty() || batches.isEmpty()) {
            batches.add(new Batch(current, false, reason));
        }
        return new DownTransactions(batches);
    }

    private static void close(List<Batch> batches, List<Statement> current, String reason) {
        if (!current.isEmpty()) {
            batches.add(new Batch(current, false, reason));
            current.clear();
        }
    }

    /** Whether the file runs in more than one transaction. */
    boolean split() {
        return batches.size() > 1 || batches.get(0).outsideTransaction();
    }
}
