package dev.strata.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command path: no URL anywhere, so the project's embedded PostgreSQL is used (as root too). */
class EmbeddedCliIT {
    @TempDir
    Path project;

    @AfterEach
    void stopServer() {
        CliRun.run(project, "db", "stop");
    }

    @Test
    void migrateWithoutAnyUrlUsesTheEmbeddedServerAndDbCommandsManageIt() throws IOException {
        Path folder = project.resolve("migrations");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("init.sql"), "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n");

        CliRun first = CliRun.run(project, "migrate");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Applied 1 migration(s)");
        assertThat(first.err()).contains("using the embedded PostgreSQL");
        assertThat(project.resolve(".strata/pg")).isDirectory();

        CliRun again = CliRun.run(project, "migrate");
        assertThat(again.out()).contains("Nothing to apply: 1 migration(s) already applied.");
        assertThat(again.err()).doesNotContain("using the embedded PostgreSQL");

        CliRun status = CliRun.run(project, "db", "status");
        assertThat(status.out()).contains("state:").contains("running").contains("url:");
        CliRun url = CliRun.run(project, "db", "url");
        assertThat(url.out().strip()).startsWith("postgresql://postgres@127.0.0.1:");

        CliRun stop = CliRun.run(project, "db", "stop");
        assertThat(stop.out()).contains("stopped the embedded server");
        assertThat(CliRun.run(project, "db", "status").out()).contains("stopped");

        CliRun restarted = CliRun.run(project, "status");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("applied  init");
    }
}
