package dev.strata.core.diff;

import java.util.Objects;

/**
 * One way two schemas differ, in words a reader can act on.
 *
 * @param object   the object: {@code table public.users}, {@code column public.users.email}, {@code index public.users_email_idx}
 * @param kind     whether it is only in the expected schema, only in the actual one, or in both but different
 * @param expected how the expected schema has it (null when missing there)
 * @param actual   how the actual schema has it (null when missing there)
 */
public record Difference(String object, Kind kind, String expected, String actual) {
    public Difference {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(kind, "kind");
    }

    /** Where the object is. */
    public enum Kind {
        /** Only in the expected schema (e.g. the folder): the actual one lacks it. */
        MISSING,
        /** Only in the actual schema (e.g. the database): made outside the migrations. */
        EXTRA,
        /** In both, different. */
        CHANGED
    }

    /** One line: {@code column public.users.email: type text here, character varying(255) there}. */
    public String describe(String expectedSide, String actualSide) {
        return switch (kind) {
            case MISSING -> object + ": only in " + expectedSide;
            case EXTRA -> object + ": only in " + actualSide;
            case CHANGED -> object + ": " + expectedSide + " has " + expected + ", " + actualSide + " has " + actual;
        };
    }
}
