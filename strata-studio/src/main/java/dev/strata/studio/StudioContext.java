package dev.strata.studio;

import dev.strata.core.Strata;

import java.nio.file.Path;

/**
 * What every endpoint shares: the options, core's facade, the connections and the JSON mapper.
 *
 * @param options  the studio's options
 * @param strata   core's facade (status, drift, configuration)
 * @param database the database's connections
 * @param json     the JSON mapper
 */
record StudioContext(StudioOptions options, Strata strata, Database database, Json json) {

    /** The migrations folder as the user wrote it, relative to the project when inside it. */
    String migrationsDirShown() {
        Path dir = strata.config().migrationsDir();
        Path project = strata.config().projectDir();
        if (project != null && dir.toAbsolutePath().startsWith(project.toAbsolutePath())) {
            String rel = project.toAbsolutePath().relativize(dir.toAbsolutePath()).toString();
            return rel.isEmpty() ? "." : rel;
        }
        return dir.toString();
    }

    /** {@code statement_timeout} in milliseconds, for {@code SET LOCAL}. */
    long timeoutMs() {
        return options.statementTimeout().toMillis();
    }
}
