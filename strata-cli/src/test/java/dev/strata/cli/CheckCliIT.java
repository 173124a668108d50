package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class CheckCliIT {
    @TempDir
    Path dir;

    @Test
    void appliedMigrationEditedSinceIsAnErrorWithExitCode1(TestDatabase db) throws IOException {
        Path folder = folder();
        assertThat(CliRun.run(dir, "migrate", "--dir", folder.toString(), "--url", db.url().libpqUrl()).exitCode()).isZero();
        assertThat(CliRun.run(dir, "check", "--dir", folder.toString(), "--url", db.url().libpqUrl()).exitCode()).isZero();

        Files.writeString(folder.resolve("0000_init.sql"), "CREATE TABLE a (id bigint);");
        CliRun run = CliRun.run(dir, "check", "--dir", folder.toString(), "--url", db.url().libpqUrl());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error applied.edited: 0000_init changed since it was applied").contains("fix: ");
    }

    @Test
    void offlineCheckNeedsNoDatabaseAndJsonIsOneDocument() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("0000_second.sql"), "SELECT 1;");

        CliRun run = CliRun.run(dir, "check", "--offline", "--json", "--dir", folder.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("databaseChecked").asBoolean()).isFalse();
        assertThat(doc.path("errors").asInt()).isEqualTo(1);
        assertThat(doc.path("diagnostics").get(0).path("rule").asText()).isEqualTo("numbering.duplicate");
    }

    @Test
    void warningsFailOnlyWithStrict() throws IOException {
        Path folder = folder();
        Files.writeString(folder.resolve("0009_Bad_Name.sql"), "SELECT 1;");
        assertThat(CliRun.run(dir, "check", "--offline", "--dir", folder.toString()).exitCode()).isZero();
        assertThat(CliRun.run(dir, "check", "--offline", "--strict", "--dir", folder.toString()).exitCode()).isEqualTo(1);
    }

    private Path folder() throws IOException {
        Path folder = dir.resolve("migrations");
        Files.createDirectories(folder.resolve("meta"));
        Files.writeString(folder.resolve("meta/_journal.json"), "{\"version\":\"7\",\"dialect\":\"postgresql\",\"entries\":["
                + "{\"idx\":0,\"version\":\"7\",\"when\":1000,\"tag\":\"0000_init\",\"breakpoints\":true}]}");
        Files.writeString(folder.resolve("meta/0000_snapshot.json"),
                "{\"id\":\"a\",\"prevId\":\"00000000-0000-0000-0000-000000000000\",\"version\":\"7\",\"dialect\":\"postgresql\"}");
        Files.writeString(folder.resolve("0000_init.sql"), "CREATE TABLE a (id int);");
        return folder;
    }
}
