package dev.strata.core.check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a migration name that describes its change from one that says nothing about it, such as the
 * {@code adjective_hero} names drizzle-kit makes up ({@code 0007_lying_namor}). Strata has no list of
 * drizzle-kit's words; instead a name counts as descriptive when one of its words is migration
 * vocabulary ({@code add}, {@code index}, ...) or appears in the migration's own SQL (a table, column
 * or type it touches).
 */
final class MeaninglessNames {
    private static final Set<String> VOCABULARY = Set.of(
            "add", "adds", "create", "drop", "alter", "rename", "remove", "delete", "update", "insert", "change", "set",
            "unset", "make", "init", "initial", "baseline", "setup", "seed", "backfill", "fix", "migrate", "migration",
            "move", "split", "merge", "index", "indexes", "column", "columns", "table", "tables", "enum", "enums",
            "type", "types", "constraint", "constraints", "key", "keys", "fk", "pk", "unique", "check", "default",
            "defaults", "null", "nullable", "view", "views", "sequence", "sequences", "policy", "policies", "rls",
            "trigger", "triggers", "function", "functions", "schema", "data", "cleanup", "refactor", "extension",
            "custom", "manual", "hotfix", "patch", "grant", "grants", "revoke", "comment", "comments", "partition", "rollback", "revert");

    private MeaninglessNames() {
    }

    /** Whether the name {@code tag} (without its number) has no word that relates to {@code sql}. */
    static boolean saysNothing(String tag, String sql) {
        String[] words = tag.toLowerCase(Locale.ROOT).split("_+");
        if (words.length < 2) {
            return false;
        }
        String text = sql.toLowerCase(Locale.ROOT);
        return Arrays.stream(words).filter(w -> w.length() >= 3 && !w.chars().allMatch(Character::isDigit))
                .noneMatch(w -> VOCABULARY.contains(w) || text.contains(w))
                && Arrays.stream(words).noneMatch(VOCABULARY::contains);
    }
}
