package dev.strata.core.apply;

import dev.strata.core.Strata;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strata against the golden vectors made with the real drizzle-kit and drizzle-orm: applying a
 * case's folder must give the schema drizzle-orm's migrator gave ({@code expected-schema.sql},
 * compared as {@code pg_dump -s} text) and exactly drizzle's tracking rows
 * ({@code tracking-rows.tsv}), so that drizzle-orm considers the database fully migrated.
 */
@ExtendWith(PostgresExtension.class)
class DrizzleVectorsIT {

    static Stream<DrizzleVector> cases() {
        return DrizzleVector.all().stream();
    }

    @Test
    void findsTheVectorCasesThatHaveAnExpectedSchema() {
        assertThat(DrizzleVector.all()).extracting(DrizzleVector::name)
                .contains("basic", "config-variants", "evolution", "no-breakpoints")
                .doesNotContain("check-collision");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesEveryMigrationOfTheCaseInJournalOrder(DrizzleVector vector, TestDatabase db) {
        MigrateResult result = migrate(vector, db);

        List<String> expected = new ArrayList<>(vector.journalTags());
        expected.addAll(vector.manualNames());
        assertThat(result.applied()).extracting(AppliedMigration::name).as("applied by Strata; warnings %s", result.warnings())
                .containsExactlyElementsOf(expected);
        assertThat(result.alreadyApplied()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesTheSchemaDrizzleOrmProduces(DrizzleVector vector, TestDatabase db) {
        migrate(vector, db);
        vector.undoManualMigrations(db);

        SchemaDump dump = SchemaDump.of(db, vector.trackingSchema());

        assertThat(dump.lines()).as("pg_dump -s of %s after Strata vs expected-schema.sql%s", vector, dump.versionNote())
                .containsExactlyElementsOf(vector.expectedSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void writesExactlyTheTrackingRowsDrizzleOrmWrites(DrizzleVector vector, TestDatabase db) {
        migrate(vector, db);

        assertThat(vector.drizzleRows(db)).as("%s.%s (hash, created_at) in id order vs tracking-rows.tsv",
                vector.trackingSchema(), vector.trackingTable()).containsExactlyElementsOf(vector.trackingRows());
        assertThat(vector.historyRows(db, "journal")).as("Strata's history of journal migrations")
                .containsExactlyElementsOf(vector.journalTags().stream().map(tag -> tag + "\tapplied").toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void secondMigrateAppliesNothingAndChangesNoRow(DrizzleVector vector, TestDatabase db) {
        MigrateResult first = migrate(vector, db);
        List<String> rows = vector.drizzleRows(db);

        MigrateResult second = migrate(vector, db);

        assertThat(second.applied()).as("applied by the second run").isEmpty();
        assertThat(second.alreadyApplied()).isEqualTo(first.applied().size());
        assertThat(vector.drizzleRows(db)).isEqualTo(rows);
        assertThat(new Strata(vector.config(db)).status().migrations()).extracting(MigrationStatus::state)
                .containsOnly(MigrationState.APPLIED);
    }

    @Test
    void appliesTheManualFileDrizzleIgnoresAndRecordsItOnlyInStrataHistory(TestDatabase db) {
        DrizzleVector vector = DrizzleVector.named("no-breakpoints");
        assertThat(vector.manualNames()).containsExactly("manual_not_in_journal");

        migrate(vector, db);

        assertThat(db.value("SELECT to_regclass('public.must_not_exist') IS NOT NULL")).as("table must_not_exist created")
                .isEqualTo("t");
        assertThat(vector.historyRows(db, "manual")).containsExactly("manual_not_in_journal\tapplied");
        assertThat(vector.drizzleRows(db)).as("drizzle's rows: the journal's migrations only")
                .hasSize(vector.journalTags().size())
                .containsExactlyElementsOf(vector.trackingRows());
    }

    @Test
    void keepsTrackingInTheTableAndSchemaTheConfigVariantsCaseConfigures(TestDatabase db) {
        DrizzleVector vector = DrizzleVector.named("config-variants");
        assertThat(vector.trackingSchema() + "." + vector.trackingTable()).isEqualTo("strata_meta.journal_rows");

        migrate(vector, db);

        assertThat(db.rows("SELECT hash, created_at FROM strata_meta.journal_rows ORDER BY id"))
                .containsExactlyElementsOf(vector.trackingRows());
        assertThat(db.value("SELECT to_regclass('strata_meta.journal_rows_history') IS NOT NULL")).isEqualTo("t");
        assertThat(db.value("SELECT count(*) FROM pg_namespace WHERE nspname = 'drizzle'")).as("default schema drizzle created")
                .isEqualTo("0");
    }

    private static MigrateResult migrate(DrizzleVector vector, TestDatabase db) {
        return new Strata(vector.config(db)).migrate(MigrateOptions.defaults(), event -> { });
    }
}
