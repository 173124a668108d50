package dev.strata.core;

import dev.strata.core.diff.Difference;

import java.util.List;

/**
 * The drift check's result: how the database differs from what its applied migrations build.
 *
 * @param replayedUpTo the last applied migration the folder was replayed up to, or {@code null} when the
 *                     check could not run because the database has none of the folder's migrations applied
 * @param differences  every differing object, expected = the folder, actual = the database
 */
public record DriftReport(String replayedUpTo, List<Difference> differences) {
    public DriftReport {
        differences = List.copyOf(differences);
    }

    /** Whether the folder was replayed and compared at all. */
    public boolean checked() {
        return replayedUpTo != null;
    }
}
