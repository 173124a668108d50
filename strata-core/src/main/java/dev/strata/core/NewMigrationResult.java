package dev.strata.core;

import java.nio.file.Path;
import java.util.List;

/** What {@code strata new} wrote: the migration's name, whether it is manual, and the files in write order. */
public record NewMigrationResult(String name, boolean manual, List<Path> written) {
    public NewMigrationResult {
        written = List.copyOf(written);
    }
}
