package dev.strata.core;

import java.util.List;

/**
 * What {@code strata rebase} changed (or, dry, would change).
 *
 * @param actions  one line per change: renames, journal fields, snapshot links
 * @param warnings what the user should look at afterwards (copied snapshots, database not checked)
 */
public record RebaseResult(List<String> actions, List<String> warnings) {
    public RebaseResult {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }
}
