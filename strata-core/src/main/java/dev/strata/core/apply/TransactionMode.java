package dev.strata.core.apply;

/** How a migration's statements are wrapped. */
public enum TransactionMode {
    /** The default: the migration and its tracking rows in one transaction. */
    TRANSACTION("transaction"),
    /**
     * Statements PostgreSQL refuses in a transaction block (CREATE INDEX CONCURRENTLY, VACUUM...):
     * each statement commits on its own; progress is recorded after each so a failed run resumes
     * at the failed statement.
     */
    NONE("none"),
    /** {@code --single-transaction}: the whole run in one transaction, like drizzle-orm. */
    BATCH("batch");

    private final String label;

    TransactionMode(String label) {
        this.label = label;
    }

    /** The word stored in the history table and shown by {@code status}. */
    public String label() {
        return label;
    }
}
