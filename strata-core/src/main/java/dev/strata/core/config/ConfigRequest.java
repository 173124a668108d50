package dev.strata.core.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the user gave on the command line (each field {@code null} when not given) plus the
 * environment, for {@link ConfigLoader}.
 *
 * @param url            {@code --url}
 * @param dir            {@code --dir}
 * @param configFile     {@code --config}; {@code null} means {@code ./strata.toml} if it exists
 * @param trackingSchema {@code --tracking-schema}
 * @param trackingTable  {@code --tracking-table}
 * @param shadowUrl      {@code --shadow-url}
 * @param env            the environment ({@code DATABASE_URL} and {@code ${VAR}} values)
 * @param workingDir     the folder relative paths are resolved against
 * @param schemaSource   {@code --schema} (the schema as code)
 */
public record ConfigRequest(
        String url, Path dir, Path configFile, String trackingSchema, String trackingTable, String shadowUrl,
        Map<String, String> env, Path workingDir, Path schemaSource) {
    public ConfigRequest {
        env = Map.copyOf(env);
        workingDir = workingDir.toAbsolutePath().normalize();
    }

    /** A request without {@code --schema}. */
    public ConfigRequest(String url, Path dir, Path configFile, String trackingSchema, String trackingTable, String shadowUrl,
                         Map<String, String> env, Path workingDir) {
        this(url, dir, configFile, trackingSchema, trackingTable, shadowUrl, env, workingDir, null);
    }
}
