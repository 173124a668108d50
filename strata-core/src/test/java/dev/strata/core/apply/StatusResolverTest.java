package dev.strata.core.apply;

import dev.strata.core.folder.MigrationFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusResolverTest {
    @TempDir
    Path dir;

    @Test
    void matchesJournalEntriesByWhenAndHashNotByHighWaterMark() {
        MigrationFolder f = folder();
        String hashA = f.migrations().get(0).hash();
        String hashC = f.migrations().get(2).hash();
        // drizzle applied a (1000) and c (3000); b (2000) came from a merged branch
        TrackingState state = new TrackingState(true, List.of(new DrizzleRow(1, hashA, 1000L), new DrizzleRow(2, hashC, 3000L)), List.of());

        StatusReport r = StatusResolver.resolve(f, state);

        assertThat(r.migrations()).extracting(MigrationStatus::state)
                .containsExactly(MigrationState.APPLIED, MigrationState.PENDING, MigrationState.APPLIED, MigrationState.PENDING);
        assertThat(r.migrations().get(1).note()).startsWith("out of order");
        assertThat(r.migrations().get(0).appliedBy()).isNull();
    }

    @Test
    void sameWhenWithAnotherHashIsEdited() {
        MigrationFolder f = folder();
        TrackingState state = new TrackingState(true, List.of(new DrizzleRow(1, "0".repeat(64), 1000L)), List.of());

        MigrationStatus a = StatusResolver.resolve(f, state).migrations().get(0);

        assertThat(a.state()).isEqualTo(MigrationState.EDITED);
        assertThat(a.note()).contains("applied hash 000000000000");
    }

    @Test
    void rowWithChangedWhenStillMatchesByHash() {
        MigrationFolder f = folder();
        TrackingState state = new TrackingState(true, List.of(new DrizzleRow(1, f.migrations().get(0).hash(), 999L)), List.of());

        MigrationStatus a = StatusResolver.resolve(f, state).migrations().get(0);

        assertThat(a.state()).isEqualTo(MigrationState.APPLIED);
        assertThat(a.note()).contains("\"when\" changed");
    }

    @Test
    void rowsWithoutAFileAreMissingAndNullCreatedAtIsExplained() {
        MigrationFolder f = folder();
        TrackingState state = new TrackingState(true, List.of(new DrizzleRow(9, "ab".repeat(32), null)), List.of());

        List<MigrationStatus> missing = StatusResolver.resolve(f, state).in(MigrationState.MISSING);

        assertThat(missing).singleElement().satisfies(m -> assertThat(m.note()).contains("NULL created_at"));
    }

    @Test
    void manualMigrationStateComesFromTheHistory() {
        MigrationFolder f = folder();
        var manual = f.find("seed").orElseThrow();
        HistoryRow failed = new HistoryRow(1, "seed", "manual", manual.hash(), manual.checksum(), null, "running", "none",
                3, 1, "x", Instant.EPOCH, null, "me", null);

        MigrationStatus s = StatusResolver.resolve(f, new TrackingState(true, List.of(), List.of(failed))).migrations().get(3);

        assertThat(s.state()).isEqualTo(MigrationState.FAILED);
        assertThat(s.note()).isEqualTo("interrupted after 1 of 3 statements were committed");
    }

    private MigrationFolder folder() {
        new FolderFixture(dir).journal("0000_a", 1000, "SELECT 1;").journal("0001_b", 2000, "SELECT 2;")
                .journal("0002_c", 3000, "SELECT 3;").manual("seed.sql", "SELECT 4;");
        return MigrationFolder.read(dir);
    }
}
