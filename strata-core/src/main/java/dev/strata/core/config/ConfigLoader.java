package dev.strata.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves a {@link StrataConfig}. Precedence, highest first: flags, {@code DATABASE_URL} (URL only),
 * {@code strata.toml}, defaults. The file:
 * <pre>
 * [database]
 * url = "${DATABASE_URL}"          # ${VAR} and ${VAR:-default} are replaced from the environment
 * shadow_url = "postgres://..."    # optional: where throwaway databases are made
 *
 * [migrations]
 * dir = "migrations"               # relative to the file's folder
 * table = "__drizzle_migrations"   # drizzle's migrationsTable
 * schema = "drizzle"               # drizzle's migrationsSchema
 *
 * [schema]
 * source = "src/main/java/com/acme/db"   # the schema as code: .java file or folder, or a .sql file
 *
 * [generate]
 * prefix = "timestamp"             # index (default), timestamp, supabase, unix; none is refused
 * breakpoints = false              # default true: --> statement-breakpoint between statements
 * </pre>
 * Flags ({@code --prefix}, {@code --breakpoints}) override {@code [generate]}; they reach generate through its
 * options, so the style loaded here is what applies when no flag is given.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "strata.toml";

    private ConfigLoader() {
    }

    public static StrataConfig load(ConfigRequest request) {
        Path file = request.configFile() == null ? request.workingDir().resolve(FILE_NAME)
                : request.workingDir().resolve(request.configFile());
        JsonNode toml = null;
        if (Files.exists(file)) {
            toml = read(file);
        } else if (request.configFile() != null) {
            throw new StrataException.Input(Problem.inFile("config.not-found", file, 0, "does not exist",
                    "pass an existing file with --config, or leave --config out to use ./strata.toml"));
        }
        Path base = toml == null ? request.workingDir() : file.toAbsolutePath().getParent();
        EnvInterpolation env = new EnvInterpolation(request.env(), file);

        DatabaseUrl url = null;
        String source = null;
        if (request.url() != null && !request.url().isBlank()) {
            url = DatabaseUrl.parse(request.url());
            source = "--url";
        } else if (nonBlank(request.env().get("DATABASE_URL"))) {
            url = DatabaseUrl.parse(request.env().get("DATABASE_URL"));
            source = "DATABASE_URL";
        } else if (toml != null && toml.path("database").has("url")) {
            String text = env.apply(toml.path("database").path("url").asText(), "database.url");
            if (nonBlank(text)) {
                url = DatabaseUrl.parse(text);
                source = file.getFileName().toString();
            }
        }

        Path dir;
        if (request.dir() != null) {
            dir = request.workingDir().resolve(request.dir());
        } else if (toml != null && toml.path("migrations").has("dir")) {
            dir = base.resolve(env.apply(toml.path("migrations").path("dir").asText(), "migrations.dir"));
        } else {
            dir = request.workingDir().resolve("migrations");
        }
        String schema = pick(request.trackingSchema(), toml, "schema", env, StrataConfig.DEFAULT_TRACKING_SCHEMA);
        String table = pick(request.trackingTable(), toml, "table", env, StrataConfig.DEFAULT_TRACKING_TABLE);
        DatabaseUrl shadow = null;
        if (request.shadowUrl() != null && !request.shadowUrl().isBlank()) {
            shadow = DatabaseUrl.parse(request.shadowUrl());
        } else if (toml != null && toml.path("database").has("shadow_url")) {
            String text = env.apply(toml.path("database").path("shadow_url").asText(), "database.shadow_url");
            shadow = nonBlank(text) ? DatabaseUrl.parse(text) : null;
        }
        Path schemaSource = null;
        if (request.schemaSource() != null) {
            schemaSource = request.workingDir().resolve(request.schemaSource()).normalize();
        } else if (toml != null && toml.path("schema").has("source")) {
            schemaSource = base.resolve(env.apply(toml.path("schema").path("source").asText(), "schema.source")).normalize();
        }
        return new StrataConfig(url, source, dir.normalize(), schema, table, base, shadow, schemaSource,
                migrationStyle(toml, env, file));
    }

    /** {@code [generate] prefix} and {@code breakpoints}, each {@code null} when the file does not set it. */
    private static MigrationStyle migrationStyle(JsonNode toml, EnvInterpolation env, Path file) {
        JsonNode generate = toml == null ? null : toml.path("generate");
        if (generate == null || generate.isMissingNode()) {
            return MigrationStyle.FOLLOW_FOLDER;
        }
        MigrationPrefix prefix = null;
        if (generate.has("prefix")) {
            prefix = MigrationPrefix.parse(env.apply(generate.path("prefix").asText(), "generate.prefix"),
                    "[generate] prefix", file);
        }
        Boolean breakpoints = null;
        if (generate.has("breakpoints")) {
            JsonNode value = generate.path("breakpoints");
            if (!value.isBoolean()) {
                throw new StrataException.Input(Problem.inFile("config.bad-breakpoints", file, 0,
                        "[generate] breakpoints = " + value + " is not a boolean", "write breakpoints = true or breakpoints = false"));
            }
            breakpoints = value.booleanValue();
        }
        return new MigrationStyle(prefix, breakpoints);
    }

    private static String pick(String flag, JsonNode toml, String key, EnvInterpolation env, String fallback) {
        if (nonBlank(flag)) {
            return flag;
        }
        if (toml != null && toml.path("migrations").has(key)) {
            return env.apply(toml.path("migrations").path(key).asText(), "migrations." + key);
        }
        return fallback;
    }

    private static JsonNode read(Path file) {
        try {
            return new TomlMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new StrataException.Input(Problem.inFile("config.bad-toml", file, line,
                    "is not valid TOML: " + e.getOriginalMessage(), "fix the syntax at that line"), e);
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("config.unreadable", file, 0, "cannot be read: " + e.getMessage(),
                    "check the file's permissions"), e);
        }
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
