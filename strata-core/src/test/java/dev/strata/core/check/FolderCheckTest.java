package dev.strata.core.check;

import dev.strata.testing.JournalFiles;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FolderCheckTest {
    @TempDir
    Path dir;

    @Test
    void messyHistoryLikeTheGuidesIsFoundCompletelyAndNothingElse() throws IOException {
        journal(entry(0, 1000, "0000_init"), entry(1, 3000, "0001_users"), entry(1, 2000, "0007_lost_when"),
                entry(5, 4000, "0003_Add_Column"), entry(4, 5000, "0004_gone"));
        sql("0000_init.sql", "CREATE TABLE a (id int);");
        sql("0001_users.sql", "CREATE TABLE users (id int);");
        sql("0007_lost_when.sql", "ALTER TABLE lost ADD COLUMN x int;");
        sql("0007_other_branch.sql", "CREATE TABLE other (id int);");
        sql("0003_Add_Column.sql", "SELECT 1;");
        sql("add_invite_email_tracking.sql", "SELECT 1;");
        sql("0008_lying_namor.sql", "ALTER TABLE users ADD COLUMN email text;");
        snapshot("0000", "a", "00000000-0000-0000-0000-000000000000");
        snapshot("0001", "b", "a");
        snapshot("0007", "c", "a");
        snapshot("0003", "d", "nope");

        List<String> rules = FolderCheck.check(dir).stream().map(d -> d.severity() + " " + d.rule()).toList();

        assertThat(rules).containsExactlyInAnyOrder(
                "ERROR journal.duplicate-idx",      // 0001_users and 0007_lost_when share idx 1
                "WARNING numbering.gap",            // idx 5 at position 3 (idx 4 at position 4 is fine)
                "WARNING journal.when-order",       // 2000 after 3000
                "ERROR journal.missing-file",       // 0004_gone.sql
                "ERROR numbering.duplicate",        // two 0007_*
                "WARNING folder.unjournaled",       // 0007_other_branch.sql is numbered, not in the journal
                "WARNING name.not-snake-case",      // Add_Column
                "WARNING name.meaningless",         // lying_namor: drizzle-kit's made-up name
                "WARNING folder.unjournaled",       // 0008_lying_namor.sql
                "INFO manual.listed",               // add_invite_email_tracking.sql
                "ERROR snapshot.collision",         // 0001 and 0007 both from a
                "ERROR snapshot.broken-chain",      // 0003's prevId points nowhere
                "WARNING snapshot.missing");        // 0004 has no snapshot
    }

    @Test
    void cleanFolderHasNoFinding() throws IOException {
        journal(entry(0, 1000, "0000_init"), entry(1, 2000, "0001_users"));
        sql("0000_init.sql", "SELECT 1;");
        sql("0001_users.sql", "SELECT 1;");
        snapshot("0000", "a", "00000000-0000-0000-0000-000000000000");
        snapshot("0001", "b", "a");

        assertThat(FolderCheck.check(dir)).isEmpty();
    }

    @Test
    void brokenJournalAndBadEncodingAreReportedTogether() throws IOException {
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("meta/_journal.json"), "{\n\"entries\": [\n<<<<<<< HEAD\n");
        Files.write(dir.resolve("0000_x.sql"), "SELECT 'caf\u00e9';".getBytes(StandardCharsets.ISO_8859_1));

        List<Diagnostic> found = FolderCheck.check(dir);

        assertThat(found).extracting(Diagnostic::rule).contains("journal.broken-json", "file.not-utf8");
        assertThat(found).filteredOn(d -> d.rule().equals("journal.broken-json")).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(3));
    }

    @Test
    void drizzleKitsCollisionVectorIsAnError() {
        Path folder = Vectors.dir().resolve("check-collision/migrations");

        assertThat(FolderCheck.check(folder)).filteredOn(d -> d.severity() == Severity.ERROR).singleElement()
                .satisfies(d -> {
                    assertThat(d.rule()).isEqualTo("snapshot.collision");
                    assertThat(d.message()).contains("0001_snapshot.json and 0002_snapshot.json").contains("0000_snapshot.json");
                });
    }

    @Test
    void everyDrizzleVectorFolderPassesWithoutErrors() throws IOException {
        try (Stream<Path> cases = Files.list(Vectors.dir())) {
            List<Path> folders = cases.map(c -> c.resolve("migrations")).filter(Files::isDirectory)
                    .filter(f -> !f.toString().contains("check-collision")).toList();
            assertThat(folders).hasSizeGreaterThanOrEqualTo(9);
            for (Path f : folders) {
                assertThat(FolderCheck.check(f)).as(f.toString()).noneMatch(d -> d.severity() == Severity.ERROR);
            }
        }
    }

    private void journal(String... entries) {
        JournalFiles.write(dir, java.util.List.of(entries));
    }

    private static String entry(int idx, long when, String tag) {
        return JournalFiles.entry(idx, when, tag);
    }

    private void sql(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private void snapshot(String prefix, String id, String prevId) throws IOException {
        Files.writeString(dir.resolve("meta/" + prefix + "_snapshot.json"),
                "{\"id\":\"" + id + "\",\"prevId\":\"" + prevId + "\",\"version\":\"7\",\"dialect\":\"postgresql\"}");
    }
}
