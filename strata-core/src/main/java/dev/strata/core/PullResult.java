package dev.strata.core;

import dev.strata.core.model.Schema;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code strata pull} wrote.
 *
 * @param tag        the baseline migration's tag ({@code 0000_baseline})
 * @param schema     the schema read from the database
 * @param statements how many statements the baseline holds
 * @param written    the files written, in the order they were written
 */
public record PullResult(String tag, Schema schema, int statements, List<Path> written) {
    public PullResult {
        written = List.copyOf(written);
    }
}
