package dev.strata.core.config;

import dev.strata.core.StrataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void flagBeatsEnvironmentBeatsFile() throws IOException {
        toml("[database]\nurl = \"postgres://file@h/filedb\"\n");
        assertThat(load(null, Map.of()).url().database()).isEqualTo("filedb");
        assertThat(load(null, Map.of("DATABASE_URL", "postgres://env@h/envdb")).url().database()).isEqualTo("envdb");
        StrataConfig flag = load("postgres://flag@h/flagdb", Map.of("DATABASE_URL", "postgres://env@h/envdb"));
        assertThat(flag.url().database()).isEqualTo("flagdb");
        assertThat(flag.urlSource()).isEqualTo("--url");
    }

    @Test
    void interpolatesEnvironmentWithDefaults() throws IOException {
        toml("[database]\nurl = \"postgres://app:${DB_PASS}@${DB_HOST:-localhost}:5432/app\"\n"
                + "[migrations]\ndir = \"db/migrations\"\ntable = \"journal_rows\"\nschema = \"strata_meta\"\n");
        StrataConfig c = load(null, Map.of("DB_PASS", "s3cret"));
        assertThat(c.url().host()).isEqualTo("localhost");
        assertThat(c.url().password()).isEqualTo("s3cret");
        assertThat(c.migrationsDir()).isEqualTo(dir.resolve("db/migrations"));
        assertThat(c.trackingTable()).isEqualTo("journal_rows");
        assertThat(c.trackingSchema()).isEqualTo("strata_meta");
    }

    @Test
    void unsetVariableIsAnErrorNamingIt() throws IOException {
        toml("[database]\nurl = \"${NOPE_NOT_SET}\"\n");
        assertThatThrownBy(() -> load(null, Map.of()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().message()).contains("NOPE_NOT_SET");
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("strata.toml"));
                });
    }

    @Test
    void brokenTomlNamesTheLine() throws IOException {
        toml("[database]\nurl = \"unterminated\n");
        assertThatThrownBy(() -> load(null, Map.of()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("config.bad-toml");
                    assertThat(e.problem().line()).isEqualTo(2);
                });
    }

    @Test
    void noUrlAnywhereMeansEmbedded() {
        StrataConfig c = load(null, Map.of());
        assertThat(c.url()).isNull();
        assertThat(c.migrationsDir()).isEqualTo(dir.resolve("migrations"));
        assertThat(c.trackingSchema()).isEqualTo("drizzle");
    }

    private StrataConfig load(String url, Map<String, String> env) {
        return ConfigLoader.load(new ConfigRequest(url, null, null, null, null, null, env, dir));
    }

    private void toml(String text) throws IOException {
        Files.writeString(dir.resolve("strata.toml"), text);
    }

    @Test
    void shadowUrlComesFromTheFile() throws IOException {
        toml("[database]\nshadow_url = \"postgres://postgres@127.0.0.1:5432/${SHADOW_DB:-shadow}\"\n");
        assertThat(load(null, Map.of()).shadowUrl().database()).isEqualTo("shadow");
    }

    @Test
    void schemaSourceComesFromTheFileRelativeToIt() throws IOException {
        toml("[schema]\nsource = \"db/schema\"\n");
        assertThat(load(null, Map.of()).schemaSource()).isEqualTo(dir.resolve("db/schema"));
    }

    @Test
    void schemaFlagWinsOverTheFile() throws IOException {
        toml("[schema]\nsource = \"db/schema\"\n");
        StrataConfig config = ConfigLoader.load(new ConfigRequest(null, null, null, null, null, null, Map.of(), dir, Path.of("other.sql")));
        assertThat(config.schemaSource()).isEqualTo(dir.resolve("other.sql"));
    }

    @Test
    void noSchemaSourceByDefault() {
        assertThat(load(null, Map.of()).schemaSource()).isNull();
    }

    @Test
    void generateSectionGivesPrefixAndBreakpoints() throws IOException {
        toml("[generate]\nprefix = \"timestamp\"\nbreakpoints = false\n");
        assertThat(load(null, Map.of()).migrationStyle()).isEqualTo(new MigrationStyle(MigrationPrefix.TIMESTAMP, false));
    }

    @Test
    void withoutGenerateSectionNewMigrationsFollowTheFolder() throws IOException {
        assertThat(load(null, Map.of()).migrationStyle()).isEqualTo(MigrationStyle.FOLLOW_FOLDER);
        toml("[generate]\nbreakpoints = true\n");
        assertThat(load(null, Map.of()).migrationStyle()).isEqualTo(new MigrationStyle(null, true));
    }

    @Test
    void prefixNoneInTheFileIsRefusedNamingTheFile() throws IOException {
        toml("[generate]\nprefix = \"none\"\n");
        assertThatThrownBy(() -> load(null, Map.of()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("config.prefix-none");
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("strata.toml"));
                    assertThat(e.problem().message()).contains("[generate] prefix");
                });
    }

    @Test
    void breakpointsThatAreNotABooleanAreRefused() throws IOException {
        toml("[generate]\nbreakpoints = \"no\"\n");
        assertThatThrownBy(() -> load(null, Map.of()))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("config.bad-breakpoints");
                    assertThat(e.problem().fix()).contains("breakpoints = false");
                });
    }

    @Test
    void flagsOverTheFileSettingBySetting() throws IOException {
        toml("[generate]\nprefix = \"unix\"\nbreakpoints = false\n");
        MigrationStyle file = load(null, Map.of()).migrationStyle();

        assertThat(new MigrationStyle(MigrationPrefix.INDEX, null).orElse(file)).isEqualTo(new MigrationStyle(MigrationPrefix.INDEX, false));
        assertThat(new MigrationStyle(null, true).orElse(file)).isEqualTo(new MigrationStyle(MigrationPrefix.UNIX, true));
        assertThat(MigrationStyle.FOLLOW_FOLDER.orElse(file)).isEqualTo(file);
    }
}
