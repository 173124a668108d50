package dev.strata.core.apply;

import dev.strata.core.Strata;
import dev.strata.testing.DrizzlePeer;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strata and drizzle-orm's real migrator ({@link DrizzlePeer}: drizzle-orm 0.45.4, pg 8.23.1) on
 * one database, in both orders: after Strata, drizzle-orm finds nothing to do (Strata's rows are
 * drizzle's rows, and Strata's history table beside them does not disturb it); after drizzle-orm
 * applied the first k migrations, Strata applies exactly the rest, with no duplicate row.
 */
@ExtendWith(PostgresExtension.class)
class DrizzleInteropIT {
    @TempDir
    Path temp;

    static Stream<DrizzleVector> cases() {
        return DrizzleVector.all().stream();
    }

    /** Every case with k = 1 and k = half its journal (once when they are equal). */
    static Stream<Arguments> casesWithDrizzlePrefix() {
        return DrizzleVector.all().stream().flatMap(v -> {
            int n = v.journalTags().size();
            return new TreeSet<>(List.of(1, Math.max(1, n / 2))).stream()
                    .map(k -> Arguments.of(v, k));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drizzleOrmAppliesNothingAfterStrata(DrizzleVector vector, TestDatabase db) {
        DrizzlePeer peer = DrizzlePeer.get();
        MigrateResult strata = migrate(vector, db);
        assertThat(strata.applied()).hasSize(vector.journalTags().size() + vector.manualNames().size());
        List<String> rowsAfterStrata = vector.drizzleRows(db);

        DrizzlePeer.Result drizzle = peer.migrate(vector.migrations(), db.url(), tableOption(vector), schemaOption(vector));

        assertThat(drizzle.succeeded()).as("%s", drizzle).isTrue();
        assertThat(vector.drizzleRows(db)).as("drizzle's rows after drizzle-orm ran; %s", drizzle)
                .isEqualTo(rowsAfterStrata)
                .containsExactlyElementsOf(vector.trackingRows());
        assertThat(migrate(vector, db).applied()).as("Strata after drizzle-orm").isEmpty();
        vector.undoManualMigrations(db);
        SchemaDump dump = SchemaDump.of(db, vector.trackingSchema());
        assertThat(dump.lines()).as("schema of %s after Strata then drizzle-orm%s", vector, dump.versionNote())
                .containsExactlyElementsOf(vector.expectedSchema());
    }

    @ParameterizedTest(name = "{0}, drizzle-orm applied the first {1}")
    @MethodSource("casesWithDrizzlePrefix")
    void strataAppliesExactlyWhatDrizzleOrmLeftPending(DrizzleVector vector, int k, TestDatabase db) {
        drizzleOrmFirstThenStrata(vector, k, db);
    }

    @ParameterizedTest(name = "evolution, drizzle-orm applied the first {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
    void strataFinishesEvolutionWhereverDrizzleOrmStopped(int k, TestDatabase db) {
        DrizzleVector evolution = DrizzleVector.named("evolution");
        assertThat(evolution.journalTags()).hasSize(9);
        drizzleOrmFirstThenStrata(evolution, k, db);
    }

    @Test
    void drizzlePeerReportsTheMigratorsFailureWithExitCodeAndMessage(TestDatabase db) throws IOException {
        DrizzlePeer peer = DrizzlePeer.get();
        Path noJournal = Files.createDirectories(temp.resolve("no-journal"));

        DrizzlePeer.Result drizzle = peer.migrate(noJournal, db.url());

        assertThat(drizzle.exitCode()).as("%s", drizzle).isEqualTo(1);
        assertThat(drizzle.output()).contains("Can't find meta/_journal.json file");
        assertThat(drizzle.command()).as("the command as shown, password hidden").contains(db.url().redacted());
    }

    private void drizzleOrmFirstThenStrata(DrizzleVector vector, int k, TestDatabase db) {
        DrizzlePeer peer = DrizzlePeer.get();
        List<String> tags = vector.journalTags();
        Path firstK = vector.copyWithJournalTruncated(temp.resolve("first-" + k), k);

        DrizzlePeer.Result drizzle = peer.migrate(firstK, db.url(), tableOption(vector), schemaOption(vector));
        assertThat(drizzle.succeeded()).as("%s", drizzle).isTrue();
        assertThat(vector.drizzleRows(db)).as("drizzle's rows after drizzle-orm applied %d of %d", k, tags.size())
                .containsExactlyElementsOf(vector.trackingRows().subList(0, k));

        MigrateResult strata = migrate(vector, db);

        List<String> expected = new ArrayList<>(tags.subList(k, tags.size()));
        expected.addAll(vector.manualNames());
        assertThat(strata.applied()).extracting(AppliedMigration::name)
                .as("applied by Strata after drizzle-orm applied %s; warnings %s", tags.subList(0, k), strata.warnings())
                .containsExactlyElementsOf(expected);
        assertThat(strata.alreadyApplied()).as("already applied according to Strata").isEqualTo(k);
        assertThat(vector.drizzleRows(db)).as("drizzle's rows: each migration once, drizzle-orm's first")
                .containsExactlyElementsOf(vector.trackingRows());
        assertThat(vector.historyRows(db, "journal")).as("Strata's history of the migrations it applied")
                .containsSubsequence(tags.subList(k, tags.size()).stream().map(t -> t + "\tapplied").toList());

        DrizzlePeer.Result again = peer.migrate(vector.migrations(), db.url(), tableOption(vector), schemaOption(vector));
        assertThat(again.succeeded()).as("%s", again).isTrue();
        assertThat(vector.drizzleRows(db)).as("drizzle's rows after drizzle-orm ran on the full folder")
                .containsExactlyElementsOf(vector.trackingRows());

        vector.undoManualMigrations(db);
        SchemaDump dump = SchemaDump.of(db, vector.trackingSchema());
        assertThat(dump.lines()).as("schema of %s after drizzle-orm (%d) then Strata%s", vector, k, dump.versionNote())
                .containsExactlyElementsOf(vector.expectedSchema());
    }

    private static MigrateResult migrate(DrizzleVector vector, TestDatabase db) {
        return new Strata(vector.config(db)).migrate(MigrateOptions.defaults(), event -> { });
    }

    private static String tableOption(DrizzleVector vector) {
        return vector.customTracking() ? vector.trackingTable() : null;
    }

    private static String schemaOption(DrizzleVector vector) {
        return vector.customTracking() ? vector.trackingSchema() : null;
    }
}
