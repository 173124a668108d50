package dev.strata.core.model;

/** When a constraint is checked. */
public enum Deferral {
    /** {@code NOT DEFERRABLE}, the default: checked at the end of each statement. */
    NOT_DEFERRABLE,
    /** {@code DEFERRABLE INITIALLY IMMEDIATE}: like the default unless a transaction defers it. */
    DEFERRABLE_IMMEDIATE,
    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
    DEFERRABLE_DEFERRED;

    public static Deferral of(boolean deferrable, boolean deferred) {
        return !deferrable ? NOT_DEFERRABLE : deferred ? DEFERRABLE_DEFERRED : DEFERRABLE_IMMEDIATE;
    }
}
