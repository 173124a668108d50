package dev.strata.core.plan;

import java.util.Objects;

/**
 * A change that can lose data or fail on existing rows, listed before anything is written or run.
 *
 * @param kind    what kind of risk
 * @param object  the object concerned: {@code public.users.email}
 * @param message what happens, in words
 */
public record Hazard(Kind kind, String object, String message) {
    public Hazard {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(message, "message");
    }

    /** The risks Strata flags. */
    public enum Kind {
        /** A table is dropped with all its rows: back it up, or answer the rename question if it was renamed. */
        DROP_TABLE,
        /** A column is dropped with its values: copy them elsewhere first if they matter. */
        DROP_COLUMN,
        /** A type change that may truncate values or fail on existing rows: check the data fits first. */
        NARROWING_TYPE,
        /** {@code SET NOT NULL} without a default fails while any row holds NULL: fill them first. */
        SET_NOT_NULL,
        /** An enum label goes away: rows holding it make the migration fail; update them first. */
        ENUM_VALUE_REMOVAL,
        /** A sequence is dropped with its current value: answer the rename question if it was renamed. */
        DROP_SEQUENCE,
        /**
         * A sequence (or identity) restarts at its new start because its new bounds exclude the old start: it
         * forgets the value it reached. If it is in use and that value already lies within the new bounds, remove
         * the {@code RESTART} from the migration.
         */
        SEQUENCE_RESTART
    }
}
