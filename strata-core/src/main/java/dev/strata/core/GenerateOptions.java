package dev.strata.core;

import java.util.List;

/**
 * What {@code strata generate} was asked for.
 *
 * @param name    the migration's name (snake_case), or {@code null} for one made from the changes
 * @param custom  write an empty migration for hand-written SQL instead of diffing
 * @param renames rename answers, as {@link dev.strata.core.diff.Renames#parse} reads them
 *                ({@code table public.posts=articles}, {@code create table public.articles})
 */
public record GenerateOptions(String name, boolean custom, List<String> renames) {
    public GenerateOptions {
        renames = List.copyOf(renames);
        if (name != null && !name.matches("[a-z0-9_]+")) {
            throw new StrataException.Input(Problem.of("generate.bad-name", "migration name \"" + name + "\" is not snake_case",
                    "use lower-case letters, digits and _, e.g. --name add_users_email"));
        }
    }

    /** The same request with one more rename answer. */
    public GenerateOptions withRename(String answer) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.add(answer);
        return new GenerateOptions(name, custom, more);
    }
}
