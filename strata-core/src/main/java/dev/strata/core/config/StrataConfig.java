package dev.strata.core.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything an operation needs to know about where things are, resolved once from flags,
 * environment and {@code strata.toml} ({@link ConfigLoader}) and then frozen.
 *
 * @param url            the database, or {@code null} to use the embedded server
 * @param urlSource      where the URL came from ("--url", "DATABASE_URL", "strata.toml"), or {@code null}
 * @param migrationsDir  the migrations folder
 * @param trackingSchema schema of drizzle's tracking table ({@code drizzle})
 * @param trackingTable  name of drizzle's tracking table ({@code __drizzle_migrations})
 * @param projectDir     the project folder (where {@code .strata/} lives)
 * @param shadowUrl      where throwaway databases go ({@code --shadow-url}), or {@code null}: the
 *                       configured server when its user may create databases, else the embedded one
 * @param schemaSource   the schema as code ({@code --schema}: a {@code .java} file or folder of them, or a
 *                       {@code .sql} file), or {@code null} when none is configured
 * @param migrationStyle how {@code generate} and {@code new} name and split new migrations ({@code [generate]} in
 *                       {@code strata.toml}); {@link MigrationStyle#FOLLOW_FOLDER} when not configured
 */
public record StrataConfig(
        DatabaseUrl url, String urlSource, Path migrationsDir, String trackingSchema, String trackingTable, Path projectDir,
        DatabaseUrl shadowUrl, Path schemaSource, MigrationStyle migrationStyle) {

    public static final String DEFAULT_TRACKING_SCHEMA = "drizzle";
    public static final String DEFAULT_TRACKING_TABLE = "__drizzle_migrations";

    public StrataConfig {
        if (migrationsDir == null || projectDir == null) {
            throw new IllegalArgumentException("migrationsDir and projectDir are required");
        }
        if (trackingSchema == null || trackingSchema.isBlank() || trackingTable == null || trackingTable.isBlank()) {
            throw new IllegalArgumentException("tracking schema and table must not be blank");
        }
        if (migrationStyle == null) {
            migrationStyle = MigrationStyle.FOLLOW_FOLDER;
        }
    }

    /** A configuration without a migration style of its own (new migrations follow the folder). */
    public StrataConfig(DatabaseUrl url, String urlSource, Path migrationsDir, String trackingSchema, String trackingTable,
                        Path projectDir, DatabaseUrl shadowUrl, Path schemaSource) {
        this(url, urlSource, migrationsDir, trackingSchema, trackingTable, projectDir, shadowUrl, schemaSource,
                MigrationStyle.FOLLOW_FOLDER);
    }

    /** A configuration without a schema source. */
    public StrataConfig(DatabaseUrl url, String urlSource, Path migrationsDir, String trackingSchema, String trackingTable,
                        Path projectDir, DatabaseUrl shadowUrl) {
        this(url, urlSource, migrationsDir, trackingSchema, trackingTable, projectDir, shadowUrl, null);
    }

    /** A configuration with defaults for everything but the URL and folder. */
    public static StrataConfig of(DatabaseUrl url, Path migrationsDir) {
        return new StrataConfig(url, url == null ? null : "--url", migrationsDir, DEFAULT_TRACKING_SCHEMA,
                DEFAULT_TRACKING_TABLE, Path.of("").toAbsolutePath(), null);
    }

    public Optional<DatabaseUrl> databaseUrl() {
        return Optional.ofNullable(url);
    }

    public StrataConfig withUrl(DatabaseUrl other, String source) {
        return new StrataConfig(other, source, migrationsDir, trackingSchema, trackingTable, projectDir, shadowUrl, schemaSource,
                migrationStyle);
    }

    public StrataConfig withTracking(String schema, String table) {
        return new StrataConfig(url, urlSource, migrationsDir, schema, table, projectDir, shadowUrl, schemaSource, migrationStyle);
    }

    public StrataConfig withSchemaSource(Path source) {
        return new StrataConfig(url, urlSource, migrationsDir, trackingSchema, trackingTable, projectDir, shadowUrl, source,
                migrationStyle);
    }

    /** The same configuration with {@code style} for new migrations (what {@code [generate]} in strata.toml says). */
    public StrataConfig withMigrationStyle(MigrationStyle style) {
        return new StrataConfig(url, urlSource, migrationsDir, trackingSchema, trackingTable, projectDir, shadowUrl, schemaSource,
                style);
    }
}
