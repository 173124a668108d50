package dev.strata.core.apply;

import java.time.Instant;

/**
 * A row of Strata's history table: one attempt to apply one migration.
 *
 * @param id              serial id (attempt order)
 * @param name            migration name (journal tag or manual file name without .sql)
 * @param kind            "journal" or "manual"
 * @param hash            drizzle's hash of the file at that time
 * @param checksum        Strata's line-ending-insensitive checksum at that time
 * @param createdAt       the journal's {@code when}, null for manual migrations
 * @param status          "applied", "failed" or "running" (a process died while running it)
 * @param mode            transaction mode used ({@link TransactionMode#label()})
 * @param statementsTotal statements in the file
 * @param statementsDone  statements committed (for non-transactional attempts)
 * @param doneChecksum    checksum of the committed statements' text, to resume safely
 * @param appliedAt       when the attempt was recorded
 * @param durationMs      how long it took, null while running
 * @param appliedBy       database user and OS user@host
 * @param error           the failure, for failed attempts
 */
public record HistoryRow(
        long id, String name, String kind, String hash, String checksum, Long createdAt, String status, String mode,
        int statementsTotal, int statementsDone, String doneChecksum, Instant appliedAt, Long durationMs,
        String appliedBy, String error) {

    public boolean applied() {
        return "applied".equals(status);
    }
}
