package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.Migrator;
import dev.strata.core.apply.TrackingTable;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.diff.Difference;
import dev.strata.core.diff.SchemaComparison;
import dev.strata.core.folder.MigrationFolder;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.shadow.ShadowDatabase;
import dev.strata.core.source.introspect.LiveDatabaseSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Drift: replays the folder (up to a migration, or all of it) into a fresh shadow database and
 * compares the schema it builds with the live database's, object by object.
 */
final class DriftCheck {
    private DriftCheck() {
    }

    /**
     * Applies the folder's pending migrations up to {@code to} (all when {@code null}) on the shadow
     * connection {@code c} and reads back the schema they built.
     */
    static Schema replayTo(Connection c, Migrator migrator, String to, InspectFilter filter) throws SQLException {
        migrator.migrate(c, new MigrateOptions(false, to, false, false, false, null), event -> { });
        return LiveDatabaseSource.read(c, filter);
    }

    /**
     * The differences, expected = what the folder builds, actual = the live database.
     *
     * @param to the last migration to replay, or {@code null} for all
     */
    static List<Difference> run(MigrationFolder folder, TrackingTable tracking, ShadowDatabase shadow, DatabaseUrl live, String to) {
        InspectFilter filter = InspectFilter.all().withTrackingSchema(tracking.schema());
        Schema expected;
        try (Connection c = shadow.url().withDefaultParameter("preferQueryMode", "simple").connect()) {
            expected = replayTo(c, new Migrator(folder, tracking, " (drift check)"), to, filter);
        } catch (SQLException e) {
            throw Strata.closeFailure(e, "check the server log");
        }
        try (Connection c = live.connect()) {
            return SchemaComparison.compare(expected, LiveDatabaseSource.read(c, filter));
        } catch (SQLException e) {
            throw Strata.closeFailure(e, "check the server log");
        }
    }
}
