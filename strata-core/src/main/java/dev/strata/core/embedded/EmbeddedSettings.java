package dev.strata.core.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the embedded server of one project keeps its files and whom it runs as. Built once from the
 * environment by {@link #forProject(Path)}; the {@code with...} methods return changed copies.
 *
 * @param projectDir  the project; the server's state lives in its {@code .strata/pg/}
 * @param binaryCache the folder the PostgreSQL binaries are unpacked into, shared by all projects
 *                    ({@code STRATA_CACHE_DIR}, else {@code $XDG_CACHE_HOME/strata}, else {@code ~/.cache/strata})
 * @param serverUser  the user the server runs as when Strata runs as root
 *                    ({@code STRATA_EMBEDDED_USER}, else {@code nobody}); ignored otherwise
 * @param fallbackDir where data and binaries go when that user cannot enter the project or the cache
 *                    ({@code STRATA_EMBEDDED_DIR}, else {@code /var/tmp/strata-pg})
 */
public record EmbeddedSettings(Path projectDir, Path binaryCache, String serverUser, Path fallbackDir) {

    public EmbeddedSettings {
        projectDir = Objects.requireNonNull(projectDir, "projectDir").toAbsolutePath().normalize();
        binaryCache = Objects.requireNonNull(binaryCache, "binaryCache").toAbsolutePath().normalize();
        fallbackDir = Objects.requireNonNull(fallbackDir, "fallbackDir").toAbsolutePath().normalize();
        if (serverUser == null || serverUser.isBlank()) {
            throw new IllegalArgumentException("the server user needs a name");
        }
    }

    /** The settings for {@code projectDir}, taken from the environment. */
    public static EmbeddedSettings forProject(Path projectDir) {
        return fromEnvironment(projectDir, System.getenv());
    }

    /** The settings for {@code projectDir} given an environment: for tests and callers with their own. */
    public static EmbeddedSettings fromEnvironment(Path projectDir, Map<String, String> env) {
        String user = env.getOrDefault("STRATA_EMBEDDED_USER", "");
        String fallback = env.getOrDefault("STRATA_EMBEDDED_DIR", "");
        return new EmbeddedSettings(projectDir, cacheDir(projectDir, env), user.isBlank() ? "nobody" : user,
                fallback.isBlank() ? defaultFallback() : Path.of(fallback));
    }

    /** These settings with another server user (used only when Strata runs as root). */
    public EmbeddedSettings withServerUser(String user) {
        return new EmbeddedSettings(projectDir, binaryCache, user, fallbackDir);
    }

    /** These settings with another fallback folder. */
    public EmbeddedSettings withFallbackDir(Path dir) {
        return new EmbeddedSettings(projectDir, binaryCache, serverUser, dir);
    }

    /** These settings with another binary cache. */
    public EmbeddedSettings withBinaryCache(Path dir) {
        return new EmbeddedSettings(projectDir, dir, serverUser, fallbackDir);
    }

    private static Path cacheDir(Path projectDir, Map<String, String> env) {
        String explicit = env.getOrDefault("STRATA_CACHE_DIR", "");
        if (!explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        if (!xdg.isBlank()) {
            return Path.of(xdg, "strata");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home", ""));
        if (!home.isBlank() && !home.equals("/") && !home.equals("/nonexistent")) {
            return Path.of(home, ".cache", "strata");
        }
        return projectDir.resolve(".strata").resolve("cache");
    }

    private static Path defaultFallback() {
        Path varTmp = Path.of("/var/tmp");
        // /var/tmp survives reboots (unlike /tmp), which matters for a database.
        return Files.isDirectory(varTmp) ? varTmp.resolve("strata-pg")
                : Path.of(System.getProperty("java.io.tmpdir")).resolve("strata-pg");
    }
}
