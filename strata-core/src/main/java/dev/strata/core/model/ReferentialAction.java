package dev.strata.core.model;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    /** {@code NO ACTION}, the default: the change fails if rows still refer to it (checked at the end of the statement, or deferred). */
    NO_ACTION("no action", "a"),
    /** {@code RESTRICT}: the change fails at once, even if the constraint is deferred. */
    RESTRICT("restrict", "r"),
    /** {@code CASCADE}: referring rows are deleted or updated with it. */
    CASCADE("cascade", "c"),
    /** {@code SET NULL}: referring columns become NULL. */
    SET_NULL("set null", "n"),
    /** {@code SET DEFAULT}: referring columns take their default. */
    SET_DEFAULT("set default", "d");

    private final String label;
    private final String code;

    ReferentialAction(String label, String code) {
        this.label = label;
        this.code = code;
    }

    /** The SQL words in lower case: {@code no action}, {@code cascade}... */
    public String label() {
        return label;
    }

    /** The action for a {@code pg_constraint.confdeltype}/{@code confupdtype} letter. */
    public static ReferentialAction ofCode(String code) {
        for (ReferentialAction a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("not a referential action: " + code);
    }
}
