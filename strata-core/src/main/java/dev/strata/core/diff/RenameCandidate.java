package dev.strata.core.diff;

/**
 * An object disappeared and another of the same kind appeared in the same scope: maybe a rename. Strata does not
 * decide; the caller asks (or refuses) and passes the answer in {@link Renames}. Until then it is diffed as a drop
 * and a create.
 *
 * @param kind what was maybe renamed
 * @param from the old object, qualified: {@code public.posts}, {@code public.users.full_name}
 * @param to   the new object, qualified the same way
 */
public record RenameCandidate(Kind kind, String from, String to) {

    /** The kinds of object Strata asks about. */
    public enum Kind {
        /** An enum type in one schema. */
        ENUM("enum"),
        /** A table in one schema. */
        TABLE("table"),
        /** A column in one table. */
        COLUMN("column"),
        /** A sequence in one schema (not one a serial column owns: it follows its column). */
        SEQUENCE("sequence"),
        /** A schema, with everything in it. */
        SCHEMA("schema"),
        /** A view or materialized view in one schema. */
        VIEW("view");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word used in answers: {@code table}. */
        public String word() {
            return word;
        }
    }

    /** The answer "it is a rename", as {@link Renames#parse} reads it: {@code table public.posts=articles}. */
    public String renameAnswer() {
        return kind.word() + " " + from + "=" + to.substring(to.lastIndexOf('.') + 1);
    }

    /** The answer "it is new", as {@link Renames#parse} reads it: {@code create table public.articles}. */
    public String createAnswer() {
        return "create " + key();
    }

    /** The new object as answers name it: {@code table public.articles}. */
    public String key() {
        return kind.word() + " " + to;
    }
}
