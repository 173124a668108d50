package dev.strata.core.apply;

/** Where one migration stands. Each constant says what it means and what to do. */
public enum MigrationState {
    /** In the folder and in the database, unchanged since. Nothing to do. */
    APPLIED("applied"),
    /** In the folder, not yet in the database. {@code strata migrate} applies it. */
    PENDING("pending"),
    /**
     * The last attempt failed. A transactional migration was rolled back entirely and runs again on
     * the next {@code migrate}; a non-transactional one kept its committed statements and the next
     * {@code migrate} resumes after them. Fix the SQL (or the data) first.
     */
    FAILED("failed"),
    /**
     * Applied, but the file changed since. {@code migrate} refuses to continue: restore the file, or
     * accept the edit with {@code --allow-edited}.
     */
    EDITED("edited"),
    /**
     * Recorded in the database, but its file is not in the folder: restore the file, or check that
     * {@code --dir} points at the right folder for this database.
     */
    MISSING("file missing");

    private final String label;

    MigrationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
