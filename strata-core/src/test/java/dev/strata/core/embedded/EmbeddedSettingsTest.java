package dev.strata.core.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedSettingsTest {
    private static final Path PROJECT = Path.of("/work/app");

    @Test
    void defaultsToNobodyAndTheUsersCacheFolder() {
        EmbeddedSettings s = EmbeddedSettings.fromEnvironment(PROJECT, Map.of("HOME", "/home/ann"));

        assertThat(s.serverUser()).isEqualTo("nobody");
        assertThat(s.binaryCache()).isEqualTo(Path.of("/home/ann/.cache/strata"));
        assertThat(s.fallbackDir().getFileName().toString()).isEqualTo("strata-pg");
    }

    @Test
    void environmentVariablesOverrideEachDefault() {
        EmbeddedSettings s = EmbeddedSettings.fromEnvironment(PROJECT, Map.of("HOME", "/home/ann",
                "STRATA_EMBEDDED_USER", "strata", "STRATA_CACHE_DIR", "/cache", "STRATA_EMBEDDED_DIR", "/srv/pg"));

        assertThat(s.serverUser()).isEqualTo("strata");
        assertThat(s.binaryCache()).isEqualTo(Path.of("/cache"));
        assertThat(s.fallbackDir()).isEqualTo(Path.of("/srv/pg"));
    }

    @Test
    void xdgCacheHomeWinsOverHome() {
        EmbeddedSettings s = EmbeddedSettings.fromEnvironment(PROJECT, Map.of("HOME", "/home/ann", "XDG_CACHE_HOME", "/xdg"));

        assertThat(s.binaryCache()).isEqualTo(Path.of("/xdg/strata"));
    }

    @Test
    void withoutAUsableHomeTheCacheIsInsideTheProject() {
        EmbeddedSettings s = EmbeddedSettings.fromEnvironment(PROJECT, Map.of("HOME", "/nonexistent"));

        assertThat(s.binaryCache()).isEqualTo(PROJECT.resolve(".strata/cache"));
    }
}
