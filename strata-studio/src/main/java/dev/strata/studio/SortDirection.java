package dev.strata.studio;

/** The grid's sort order; the only words that reach {@code ORDER BY}. */
enum SortDirection {
    /** Smallest first, NULLs last (PostgreSQL's default for ASC). */
    ASC("ASC", ">"),
    /** Largest first, NULLs first (PostgreSQL's default for DESC). */
    DESC("DESC", "<");

    private final String sql;
    private final String after;

    SortDirection(String sql, String after) {
        this.sql = sql;
        this.after = after;
    }

    String sql() {
        return sql;
    }

    /** The comparison that means "comes after" in this order. */
    String after() {
        return after;
    }

    static SortDirection parse(String text) {
        if (text == null || text.equals("asc")) {
            return ASC;
        }
        if (text.equals("desc")) {
            return DESC;
        }
        throw ApiException.badRequest("unknown sort direction \"" + text + "\"", "use dir=asc or dir=desc");
    }
}
