package dev.strata.core.source.snapshot;

import dev.strata.core.Strata;
import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Strata's snapshot of a database equals drizzle-kit's: for every vector case, the migrations are applied to a fresh
 * database with Strata, the database is introspected (without the tracking schema) and written as a snapshot, and
 * that must equal the case's last snapshot file apart from ids, object order and the named differences of
 * {@link SnapshotDifferences}, each of which comes from drizzle-kit itself ({@code docs/snapshot-differences.md}).
 */
@ExtendWith(PostgresExtension.class)
class IntrospectedSnapshotIT {

    /**
     * A vector case with an expected schema ({@code check-collision} has none: its two branches cannot both apply).
     *
     * @param name the case folder's name
     */
    record Case(String name, Path dir) {
        static List<Case> all() {
            try (Stream<Path> dirs = Files.list(Vectors.dir())) {
                return dirs.filter(d -> Files.isDirectory(d.resolve("migrations")))
                        .filter(d -> Files.isRegularFile(d.resolve("expected-schema.sql")))
                        .sorted()
                        .map(d -> new Case(d.getFileName().toString(), d))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path migrations() {
            return dir.resolve("migrations");
        }

        /** The last snapshot by file name, which is what generate reads as "previous". */
        Path lastSnapshot() {
            try (Stream<Path> files = Files.list(migrations().resolve("meta"))) {
                return files.filter(f -> f.getFileName().toString().endsWith("_snapshot.json")).sorted()
                        .reduce((a, b) -> b).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** drizzle's migrator option from the recipe's {@code migrator --table T --schema S} line, else {@code fallback}. */
        String migratorOption(String option, String fallback) {
            try {
                Path steps = dir.resolve("steps").resolve("steps");
                List<String> lines = Files.isRegularFile(steps) ? Files.readAllLines(steps) : List.of();
                for (String line : lines) {
                    List<String> words = List.of(line.strip().split("\\s+"));
                    int at = words.indexOf(option);
                    if (words.get(0).equals("migrator") && at >= 0 && at + 1 < words.size()) {
                        return words.get(at + 1);
                    }
                }
                return fallback;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Case.all().stream();
    }

    @Test
    void findsEveryVectorCaseWithMigrations() {
        assertThat(Case.all()).extracting(Case::name).contains("basic", "types", "constraints", "rls", "schemas",
                "sequences-views", "renames", "evolution", "no-breakpoints", "config-variants");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void snapshotOfTheMigratedDatabaseIsDrizzleKitsLastSnapshot(Case vector, TestDatabase db) throws SQLException {
        String trackingSchema = vector.migratorOption("--schema", StrataConfig.DEFAULT_TRACKING_SCHEMA);
        String trackingTable = vector.migratorOption("--table", StrataConfig.DEFAULT_TRACKING_TABLE);
        new Strata(StrataConfig.of(db.url(), vector.migrations()).withTracking(trackingSchema, trackingTable))
                .migrate(MigrateOptions.defaults(), event -> { });
        Schema schema;
        try (Connection c = db.connect()) {
            schema = LiveDatabaseSource.read(c, InspectFilter.all().withTrackingSchema(trackingSchema));
        }

        Snapshot ours = ModelToSnapshot.snapshot(schema);
        Snapshot drizzles = SnapshotJson.read(vector.lastSnapshot());

        SnapshotDifferences.assertOnlyExpected(vector.name(), SnapshotDiff.between(drizzles, ours));
    }
}
