package dev.strata.core.embedded;

import java.nio.file.Path;

/**
 * What {@link EmbeddedPostgres#stop()} did, for {@code strata db stop} to print.
 *
 * @param wasRunning    whether a server was running and has now stopped
 * @param pid           the postmaster pid that was stopped, or 0
 * @param dataDirectory the data folder (kept: a later start carries on with it), or {@code null} when none exists
 */
public record StopResult(boolean wasRunning, long pid, Path dataDirectory) {
}
