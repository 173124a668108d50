package dev.strata.core;

import dev.strata.core.config.MigrationPrefix;
import dev.strata.core.config.MigrationStyle;
import dev.strata.core.folder.Journal;
import dev.strata.core.folder.JournalEntry;
import dev.strata.core.folder.JournalWriter;
import dev.strata.core.folder.MigrationFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the next migration is named (prefix style, same-second collisions) and whether it has breakpoints. */
class NextMigrationTest {
    /** 2026-11-25 01:25:46.789 UTC; the clock's zone is Tokyo's, which must not leak into a prefix. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T01:25:46.789Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;

    private static MigrationStyle prefix(MigrationPrefix prefix) {
        return new MigrationStyle(prefix, null);
    }

    private NextMigration next(MigrationStyle style, Clock clock) {
        return NextMigration.in(dir, "next", style, clock);
    }

    /** A folder whose journal lists {@code tags} (each with its file and snapshot), breakpoints as given. */
    private void folder(boolean breakpoints, String... tags) throws IOException {
        Files.createDirectories(dir.resolve("meta"));
        List<JournalEntry> entries = new ArrayList<>();
        for (String tag : tags) {
            entries.add(new JournalEntry(entries.size(), "7", 1_000 + entries.size(), tag, breakpoints));
            Files.writeString(dir.resolve(tag + ".sql"), "SELECT 1;\n");
            Files.writeString(dir.resolve("meta").resolve(tag.substring(0, tag.indexOf('_')) + "_snapshot.json"), "{}");
        }
        Files.writeString(dir.resolve("meta/_journal.json"), JournalWriter.write(new Journal("7", "postgresql", entries)));
    }

    @Test
    void aNewFolderIsNumberedFromZeroAndAnIndexFolderContinuesAfterItsHighestNumber() throws IOException {
        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).tag()).isEqualTo("0000_next");
        folder(true, "0000_init", "0001_users");

        NextMigration next = next(MigrationStyle.FOLLOW_FOLDER, CLOCK);

        assertThat(next.tag()).isEqualTo("0002_next");
        assertThat(next.snapshotFile()).isEqualTo(dir.resolve("meta/0002_snapshot.json"));
        assertThat(next(prefix(MigrationPrefix.INDEX), CLOCK).tag()).isEqualTo("0002_next");
    }

    @Test
    void timestampAndSupabasePrefixesAreTheUtcTimeToTheSecond() {
        assertThat(next(prefix(MigrationPrefix.TIMESTAMP), CLOCK).tag()).isEqualTo("20261125012546_next");
        assertThat(next(prefix(MigrationPrefix.SUPABASE), CLOCK).prefix()).isEqualTo("20261125012546");
        assertThat(next(prefix(MigrationPrefix.TIMESTAMP), CLOCK).snapshotFile())
                .isEqualTo(dir.resolve("meta/20261125012546_snapshot.json"));
    }

    @Test
    void unixPrefixIsEpochSeconds() {
        assertThat(next(prefix(MigrationPrefix.UNIX), CLOCK).tag()).isEqualTo("1795569946_next");
    }

    @Test
    void aFolderKeepsItsTimeStyleWhenNoneIsAskedFor() throws IOException {
        folder(true, "20261125012500_init");
        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).prefix()).isEqualTo("20261125012546");

        Files.writeString(dir.resolve("meta/_journal.json"), JournalWriter.write(new Journal("7", "postgresql",
                List.of(new JournalEntry(0, "7", 1, "1795569900_init", true)))));
        Files.writeString(dir.resolve("1795569900_init.sql"), "SELECT 1;\n");
        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).prefix()).isEqualTo("1795569946");
    }

    @Test
    void aTimestampInTheSameSecondAsTheLastMigrationTakesTheNextSecond() throws IOException {
        folder(true, "20261125012546_init");

        NextMigration next = next(prefix(MigrationPrefix.TIMESTAMP), CLOCK);

        assertThat(next.prefix()).isEqualTo("20261125012547");
        assertThat(next.snapshotFile()).doesNotExist();
    }

    @Test
    void aTimestampStaysAfterTheLastOneWhenTheClockWentBackOrPrefixesRanAhead() throws IOException {
        folder(true, "20261125012546_a", "20261231235959_b");

        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).prefix()).as("the next second, across a year").isEqualTo("20270101000000");
    }

    @Test
    void aSnapshotWithoutJournalEntryAlsoCountsSoItsFileIsNeverReused() throws IOException {
        folder(true, "20261125012500_init");
        Files.writeString(dir.resolve("meta/20261125012546_snapshot.json"), "{}");

        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).prefix()).isEqualTo("20261125012547");
    }

    @Test
    void aUnixPrefixInTheSameSecondTakesTheNextSecond() throws IOException {
        folder(true, "1795569946_init");

        assertThat(next(prefix(MigrationPrefix.UNIX), CLOCK).prefix()).isEqualTo("1795569947");
    }

    @Test
    void timestampAndSupabaseContinueEachOther() throws IOException {
        folder(true, "20261125012500_init");

        assertThat(next(prefix(MigrationPrefix.SUPABASE), CLOCK).prefix()).isEqualTo("20261125012546");
    }

    @Test
    void aPrefixThatContradictsTheFolderIsRefusedNamingBothStylesAndTheFix() throws IOException {
        folder(true, "20261125012546_init");

        assertThatThrownBy(() -> next(prefix(MigrationPrefix.INDEX), CLOCK))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("generate.prefix-mismatch");
                    assertThat(e.problem().file()).isEqualTo(dir.resolve("meta/_journal.json"));
                    assertThat(e.problem().message()).contains("prefix index", "20261125012546_init", "timestamp");
                    assertThat(e.problem().fix()).contains("--prefix timestamp", "[generate] prefix");
                });
        assertThatThrownBy(() -> next(prefix(MigrationPrefix.UNIX), CLOCK)).isInstanceOf(StrataException.Input.class);
    }

    @Test
    void aTimePrefixOnAnIndexFolderIsRefused() throws IOException {
        folder(true, "0000_init");

        assertThatThrownBy(() -> next(prefix(MigrationPrefix.TIMESTAMP), CLOCK))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().message()).contains("0000_init", "index");
                    assertThat(e.problem().fix()).contains("--prefix index");
                });
    }

    @Test
    void aFolderWithoutNumbersInItsTagsIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("meta"));
        Files.writeString(dir.resolve("_init.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("meta/_snapshot.json"), "{}");
        Files.writeString(dir.resolve("meta/_journal.json"), JournalWriter.write(new Journal("7", "postgresql",
                List.of(new JournalEntry(0, "7", 1, "_init", true)))));

        assertThatThrownBy(() -> next(MigrationStyle.FOLLOW_FOLDER, CLOCK))
                .isInstanceOfSatisfying(StrataException.Input.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("generate.unnumbered-folder");
                    assertThat(e.problem().message()).contains("_init", "prefix none");
                });
    }

    @Test
    void breakpointsFollowTheFolderUnlessAskedFor() throws IOException {
        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).breakpoints()).as("a new folder: drizzle-kit's default").isTrue();
        assertThat(next(new MigrationStyle(null, false), CLOCK).breakpoints()).isFalse();
        folder(false, "0000_init");

        assertThat(next(MigrationStyle.FOLLOW_FOLDER, CLOCK).breakpoints()).isFalse();
        assertThat(next(new MigrationStyle(null, true), CLOCK).breakpoints()).isTrue();
    }

    @Test
    void theJournalEntryRecordsBreakpointsAndAWhenAfterEveryEarlierOne() throws IOException {
        folder(true, "0000_init");
        Path journal = dir.resolve("meta/_journal.json");

        NextMigration next = next(new MigrationStyle(null, false), Clock.fixed(Instant.EPOCH, ZoneId.of("UTC")));
        Files.writeString(journal, next.journalWithEntry());
        Files.writeString(next.sqlFile(), "SELECT 2;\n");

        List<JournalEntry> entries = MigrationFolder.read(dir).journal().entries();
        assertThat(entries).extracting(JournalEntry::tag).containsExactly("0000_init", "0001_next");
        assertThat(entries).extracting(JournalEntry::breakpoints).containsExactly(true, false);
        assertThat(entries.get(1).when()).as("the clock says 1970, the entry still comes after").isEqualTo(1_001);
    }
}
