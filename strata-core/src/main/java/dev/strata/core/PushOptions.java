package dev.strata.core;

import java.util.List;

/**
 * What {@code strata push} was asked for.
 *
 * @param renames rename answers, as for {@link GenerateOptions#renames()}
 * @param force   run even when a change may lose data
 * @param dryRun  show the plan, run nothing
 */
public record PushOptions(List<String> renames, boolean force, boolean dryRun) {
    public PushOptions {
        renames = List.copyOf(renames);
    }

    /** The same request with one more rename answer. */
    public PushOptions withRename(String answer) {
        List<String> more = new java.util.ArrayList<>(renames);
        more.add(answer);
        return new PushOptions(more, force, dryRun);
    }
}
