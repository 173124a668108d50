package dev.strata.core.folder;

import dev.strata.core.ExitCode;
import dev.strata.core.StrataException;
import dev.strata.testing.JournalFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FolderReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsJournalMigrationsInJournalOrderWithDrizzleHashes() throws IOException {
        journal(entry(0, 2000, "0000_b"), entry(1, 1000, "0001_a"));
        write("0000_b.sql", "CREATE TABLE b (id int);");
        write("0001_a.sql", "CREATE TABLE a (id int);\r\n");

        MigrationFolder folder = MigrationFolder.read(dir);

        assertThat(folder.migrations()).extracting(Migration::name).containsExactly("0000_b", "0001_a");
        Migration a = folder.migrations().get(1);
        assertThat(a.kind()).isEqualTo(Migration.Kind.JOURNAL);
        assertThat(a.when()).hasValue(1000);
        // drizzle hashes the raw bytes (CR kept); the checksum ignores line endings
        assertThat(a.hash()).isEqualTo(Hashes.sha256("CREATE TABLE a (id int);\r\n"));
        assertThat(a.checksum()).isEqualTo(Hashes.sha256("CREATE TABLE a (id int);\n"));
    }

    @Test
    void placesManualMigrationsByLeadingNumberThenByName() throws IOException {
        journal(entry(0, 1, "0000_init"), entry(1, 2, "0005_more"));
        write("0000_init.sql", "SELECT 1;");
        write("0005_more.sql", "SELECT 1;");
        write("0003_fix_by_hand.sql", "SELECT 1;");
        write("0009_later.sql", "SELECT 1;");
        write("backfill_owner.sql", "SELECT 1;");
        write("add_invite.sql", "SELECT 1;");
        write("0005_more.down.sql", "SELECT 1;");

        MigrationFolder folder = MigrationFolder.read(dir);

        assertThat(folder.migrations()).extracting(Migration::name).containsExactly(
                "0000_init", "0003_fix_by_hand", "0005_more", "0009_later", "add_invite", "backfill_owner");
        assertThat(folder.find("add_invite")).get().extracting(Migration::kind).isEqualTo(Migration.Kind.MANUAL);
    }

    @Test
    void folderWithoutMetaHoldsOnlyManualMigrations() throws IOException {
        write("one.sql", "SELECT 1;");
        assertThat(MigrationFolder.read(dir).migrations()).extracting(Migration::kind).containsExactly(Migration.Kind.MANUAL);
    }

    @Test
    void rejectsBrokenJournalJsonNamingFileAndLine() throws IOException {
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("meta/_journal.json"), "{\n  \"version\": \"7\",\n  \"entries\": [\n<<<<<<< HEAD\n]}");

        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                    assertThat(e.problem().code()).isEqualTo("journal.broken-json");
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("meta/_journal.json"));
                    assertThat(e.problem().line()).isEqualTo(4);
                    assertThat(e.problem().fix()).contains("merge conflict");
                });
    }

    @Test
    void rejectsJournalEntryWithoutItsFile() throws IOException {
        journal(entry(0, 1, "0000_gone"));
        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("folder.missing-file");
                    assertThat(e.problem().message()).contains("0000_gone.sql");
                    assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
                });
    }

    @Test
    void rejectsDuplicateIdxNamingBothTags() throws IOException {
        journal(entry(7, 1, "0007_a"), entry(7, 2, "0007_b"));
        write("0007_a.sql", "SELECT 1;");
        write("0007_b.sql", "SELECT 1;");
        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("journal.duplicate-idx");
                    assertThat(e.problem().message()).contains("0007_a").contains("0007_b");
                });
    }

    @Test
    void rejectsDuplicateTag() throws IOException {
        journal(entry(0, 1, "0000_a"), entry(1, 2, "0000_a"));
        write("0000_a.sql", "SELECT 1;");
        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().code()).isEqualTo("journal.duplicate-tag"));
    }

    @Test
    void rejectsEntryWithoutWhen() throws IOException {
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("meta/_journal.json"), "{\"entries\":[{\"idx\":0,\"tag\":\"0000_a\"}]}");
        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().message()).contains("\"when\""));
    }

    @Test
    void rejectsFileThatIsNotUtf8NamingTheLine() throws IOException {
        journal(entry(0, 1, "0000_latin1"));
        Files.write(dir.resolve("0000_latin1.sql"), "SELECT 1;\nSELECT 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("file.not-utf8");
                    assertThat(e.problem().line()).isEqualTo(2);
                    assertThat(e.problem().fix()).contains("iconv");
                });
    }

    @Test
    void rejectsMissingFolder() {
        assertThatThrownBy(() -> MigrationFolder.read(dir.resolve("nope")))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("folder.not-found");
                    assertThat(e.problem().fix()).contains("--dir");
                });
    }

    @Test
    void rejectsAFileGivenAsFolder() throws IOException {
        Path file = write("x.sql", "SELECT 1;");
        assertThatThrownBy(() -> MigrationFolder.read(file))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().code()).isEqualTo("folder.not-a-directory"));
    }

    @Test
    void rejectsMetaFolderWithoutJournal() throws IOException {
        Files.createDirectories(dir.resolve("meta"));
        write("0000_init.sql", "SELECT 1;");
        assertThatThrownBy(() -> MigrationFolder.read(dir))
                .isInstanceOfSatisfying(StrataException.class, e -> assertThat(e.problem().code()).isEqualTo("folder.missing-journal"));
    }

    private void journal(String... entries) {
        JournalFiles.write(dir, java.util.List.of(entries));
    }

    private static String entry(int idx, long when, String tag) {
        return JournalFiles.entry(idx, when, tag);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
