package dev.strata.core.render;

import dev.strata.core.diff.SchemaComparison;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;

import static dev.strata.core.render.EngineFixtures.counter;
import static dev.strata.core.render.EngineFixtures.identityTable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sequence options whose new bounds exclude the old start (a sequence made descending, a minimum raised past the
 * start), for free-standing sequences and identity columns: the up and the down file apply on PostgreSQL, give the
 * schema they describe, and the sequence hands out the value the options promise. Bounds that still hold the start
 * leave a sequence in use counting where it was.
 */
@ExtendWith(PostgresExtension.class)
class SequenceBoundsIT {
    private static final SequenceOptions ASCENDING = SequenceOptions.defaults("integer", 1);
    private static final SequenceOptions DESCENDING = SequenceOptions.defaults("integer", -1);
    private static final SequenceOptions FROM_100 = new SequenceOptions(1, 100, 100, Integer.MAX_VALUE, 1, false);
    private static final SequenceOptions UP_TO_1000 = new SequenceOptions(1, 1, 1, 1000, 1, false);

    @Test
    void aSequenceMadeDescendingRestartsAtItsNewStartAndBackAgain(TestDatabase db) throws SQLException {
        Applied up = applied(db, counter(ASCENDING), counter(DESCENDING), "SELECT nextval('counter')");

        assertThat(db.value("SELECT nextval('counter')")).isEqualTo("-1");
        down(db, up);
        assertThat(db.value("SELECT nextval('counter')")).isEqualTo("1");
    }

    @Test
    void anIdentityMadeDescendingRestartsAtItsNewStartAndBackAgain(TestDatabase db) throws SQLException {
        Applied up = applied(db, identityTable(ASCENDING), identityTable(DESCENDING), "INSERT INTO t DEFAULT VALUES");

        assertThat(db.value("INSERT INTO t DEFAULT VALUES RETURNING id")).isEqualTo("-1");
        down(db, up);
        assertThat(db.value("INSERT INTO t DEFAULT VALUES RETURNING id")).isEqualTo("1");
    }

    @Test
    void aMinimumRaisedPastTheStartRestartsThereAndItsDownKeepsCounting(TestDatabase db) throws SQLException {
        Applied up = applied(db, counter(ASCENDING), counter(FROM_100), "SELECT nextval('counter')");

        assertThat(db.value("SELECT nextval('counter')")).isEqualTo("100");
        down(db, up);
        assertThat(db.value("SELECT nextval('counter')")).isEqualTo("101");
    }

    @Test
    void anIdentityMinimumRaisedPastTheStartRestartsThereAndItsDownKeepsCounting(TestDatabase db) throws SQLException {
        Applied up = applied(db, identityTable(ASCENDING), identityTable(FROM_100), "INSERT INTO t DEFAULT VALUES");

        assertThat(db.value("INSERT INTO t DEFAULT VALUES RETURNING id")).isEqualTo("100");
        down(db, up);
        assertThat(db.value("INSERT INTO t DEFAULT VALUES RETURNING id")).isEqualTo("101");
    }

    @Test
    void boundsThatStillHoldTheStartKeepTheValueOfASequenceInUse(TestDatabase db) throws SQLException {
        Applied up = applied(db, identityTable(ASCENDING), identityTable(UP_TO_1000), "INSERT INTO t DEFAULT VALUES");

        assertThat(db.value("INSERT INTO t DEFAULT VALUES RETURNING id")).isEqualTo("2");
        down(db, up);
        assertThat(db.value("INSERT INTO t DEFAULT VALUES RETURNING id")).isEqualTo("3");
    }

    /** The schema a migration started from and the migration. */
    private record Applied(Schema a, RenderedMigration migration) {
    }

    /** Creates {@code a}, uses its sequence once with {@code use}, applies the up of {@code a → b}: the database is {@code b}. */
    private static Applied applied(TestDatabase db, Schema a, Schema b, String use) throws SQLException {
        EngineFixtures.render(Schema.empty(), a).up().forEach(db::execute);
        db.execute(use);
        RenderedMigration m = EngineFixtures.render(a, b);
        m.up().forEach(db::execute);
        assertThat(SchemaComparison.compare(b.normalized(), read(db).normalized())).isEmpty();
        return new Applied(a, m);
    }

    /** Applies the down file: the database is {@code a} again. */
    private static void down(TestDatabase db, Applied applied) throws SQLException {
        applied.migration().down().forEach(db::execute);
        assertThat(SchemaComparison.compare(applied.a().normalized(), read(db).normalized())).isEmpty();
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }
}
