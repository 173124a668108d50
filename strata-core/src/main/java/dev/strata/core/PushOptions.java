package dev.strata.core;

import java.util.List;

/**
 * What {@code strata push} was asked for.
 *
 * @param renames rename answers, as for {@link GenerateOptions#renames()}
 * @param force   run even when a change may lose data
 * @param dryRun  show the plan, run nothing
 * @param databaseObjects the schema declares extensions, domains, functions and triggers (a {@code .sql} schema), so
 *                they are diffed; a Java schema cannot declare them, and the database's are left as they are
 */
public record PushOptions(List<String> renames, boolean force, boolean dryRun, boolean databaseObjects) {
    public PushOptions {
        renames = List.copyOf(renames);
    }

    /** A push from a Java schema, which leaves extensions, domains, functions and triggers as they are. */
    public PushOptions(List<String> renames, boolean force, boolean dryRun) {
        this(renames, force, dryRun, false);
    }

    /** The same request with one more rename answer. */
    public PushOptions withRename(String answer) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.add(answer);
        return new PushOptions(more, force, dryRun, databaseObjects);
    }
}
