package dev.strata.core;

import dev.strata.core.config.MigrationStyle;

import java.util.List;

/**
 * What {@code strata generate} was asked for.
 *
 * @param name    the migration's name (snake_case), or {@code null} for one made from the changes
 * @param custom  write an empty migration for hand-written SQL instead of diffing
 * @param renames rename answers, as {@link dev.strata.core.diff.Renames#parse} reads them
 *                ({@code table public.posts=articles}, {@code create table public.articles})
 * @param style   the prefix and breakpoints asked for by flags ({@code --prefix}, {@code --breakpoints}); each
 *                setting left {@code null} comes from {@code strata.toml}'s {@code [generate]}, else the folder
 * @param databaseObjects the schema declares extensions, domains, functions and triggers (a {@code .sql} schema), so
 *                they are diffed; a Java schema cannot declare them, and they are left as they are
 */
public record GenerateOptions(String name, boolean custom, List<String> renames, MigrationStyle style,
                              boolean databaseObjects) {
    public GenerateOptions {
        renames = List.copyOf(renames);
        style = style == null ? MigrationStyle.FOLLOW_FOLDER : style;
        if (name != null && !name.matches("[a-z0-9_]+")) {
            throw new StrataException.Input(Problem.of("generate.bad-name", "migration name \"" + name + "\" is not snake_case",
                    "use lower-case letters, digits and _, e.g. --name add_users_email"));
        }
    }

    /** A request from a Java schema, which leaves extensions, domains, functions and triggers as they are. */
    public GenerateOptions(String name, boolean custom, List<String> renames, MigrationStyle style) {
        this(name, custom, renames, style, false);
    }

    /** A request that leaves the prefix and breakpoints to the configuration and the folder. */
    public GenerateOptions(String name, boolean custom, List<String> renames) {
        this(name, custom, renames, MigrationStyle.FOLLOW_FOLDER);
    }

    /** The same request with one more rename answer. */
    public GenerateOptions withRename(String answer) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.add(answer);
        return new GenerateOptions(name, custom, more, style, databaseObjects);
    }

    /** The same request with each style setting it leaves open taken from {@code configured} (flags over the file). */
    GenerateOptions withStyleOver(MigrationStyle configured) {
        return new GenerateOptions(name, custom, renames, style.orElse(configured), databaseObjects);
    }
}
