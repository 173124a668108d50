package dev.strata.studio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.core.Strata;
import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.config.StrataConfig;
import dev.strata.testing.JournalFiles;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class MigrationsIT {
    @TempDir
    Path dir;

    private void folder() throws IOException {
        Files.writeString(dir.resolve("0000_init.sql"), "CREATE TABLE accounts (id integer PRIMARY KEY, name text);");
        Files.writeString(dir.resolve("0000_init.down.sql"), "DROP TABLE accounts;");
        Files.writeString(dir.resolve("0001_email.sql"), "ALTER TABLE accounts ADD COLUMN email text;");
        JournalFiles.write(dir, List.of(JournalFiles.entry(0, 1_700_000_000_000L, "0000_init"),
                JournalFiles.entry(1, 1_700_000_001_000L, "0001_email")));
    }

    @Test
    void listsMigrationsWithStatusAndShowsTheirSql(TestDatabase db) throws IOException {
        folder();
        new Strata(StrataConfig.of(db.url(), dir)).migrate(new MigrateOptions(false, "0000_init", false, false, false,
                MigrateOptions.DEFAULT_LOCK_TIMEOUT), e -> { });
        try (StudioHarness studio = StudioHarness.start(db, false, Duration.ofSeconds(5), dir)) {
            JsonNode list = studio.json("/api/migrations");
            assertThat(list.get("pending").asInt()).isEqualTo(1);
            JsonNode first = list.get("migrations").get(0);
            assertThat(first.get("name").asText()).isEqualTo("0000_init");
            assertThat(first.get("number").asInt()).isEqualTo(0);
            assertThat(first.get("manual").asBoolean()).isFalse();
            assertThat(first.get("status").asText()).isEqualTo("applied");
            assertThat(first.get("appliedAt").asText()).isNotBlank();
            assertThat(first.get("checksumMatches").asBoolean()).isTrue();
            assertThat(list.get("migrations").get(1).get("status").asText()).isEqualTo("pending");

            JsonNode one = studio.json("/api/migrations/0000_init");
            assertThat(one.get("sql").asText()).contains("CREATE TABLE accounts");
            assertThat(one.get("down").asText()).isEqualTo("DROP TABLE accounts;");
            assertThat(studio.json("/api/migrations/0001_email").get("down").isNull()).isTrue();
            assertThat(studio.get("/api/migrations/0009_nope").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void driftListsWhatTheDatabaseChangedOutsideTheMigrations(TestDatabase db) throws IOException {
        folder();
        new Strata(StrataConfig.of(db.url(), dir)).migrate(MigrateOptions.defaults(), e -> { });
        try (StudioHarness studio = StudioHarness.start(db, false, Duration.ofSeconds(5), dir)) {
            JsonNode clean = studio.json("/api/drift");
            assertThat(clean.get("available").asBoolean()).as(clean.toString()).isTrue();
            assertThat(clean.get("differences")).isEmpty();
            db.execute("ALTER TABLE accounts ADD COLUMN extra integer; ALTER TABLE accounts ALTER COLUMN name TYPE varchar(10)");
            JsonNode drift = studio.json("/api/drift");
            assertThat(drift.get("available").asBoolean()).isTrue();
            assertThat(drift.get("differences").toString()).contains("accounts.extra", "\"kind\":\"extra\"", "\"kind\":\"changed\"",
                    "character varying(10)");
        }
    }

    @Test
    void withoutAFolderThereAreNoMigrationsAndNoDrift(TestDatabase db) {
        try (StudioHarness studio = StudioHarness.start(db, false, Duration.ofSeconds(5), dir.resolve("missing"))) {
            assertThat(studio.json("/api/migrations").toString()).isEqualTo("{\"migrations\":[],\"pending\":0}");
            JsonNode drift = studio.json("/api/drift");
            assertThat(drift.get("available").asBoolean()).isFalse();
            assertThat(drift.get("reason").asText()).contains("no migrations folder");
        }
    }
}
