package dev.strata.core.render;

import dev.strata.core.diff.SchemaComparison;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;

import static dev.strata.core.render.EngineFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Widened precision (more fractional seconds, digits or characters) keeps every row as it was, so it is no hazard
 * and its down file is not marked irreversible: the down gives the original schema and rows back. A value written
 * after the up that does not fit the old type is rounded (fractional seconds, numeric scale) or makes the down
 * fail with nothing changed (varchar length, numeric precision), as a down meets any data written since its up.
 */
@ExtendWith(PostgresExtension.class)
class PrecisionWideningIT {
    private static final Schema NARROW = schema(Tables.table("public", "t").column("id", "integer", true)
            .column("at", "time(2) without time zone", false).column("stamp", "timestamp(3) without time zone", false)
            .column("amount", "numeric(10,2)", false).column("name", "character varying(50)", false).build());
    private static final Schema WIDE = schema(Tables.table("public", "t").column("id", "integer", true)
            .column("at", "time(4) without time zone", false).column("stamp", "timestamp(6) without time zone", false)
            .column("amount", "numeric(12,4)", false).column("name", "character varying(100)", false).build());
    private static final String ROWS = "SELECT id, at, stamp, amount, name FROM t ORDER BY id";

    @Test
    void theDownOfAWideningGivesTheSchemaAndItsRowsBackAndRoundsNewerValues(TestDatabase db) throws SQLException {
        RenderedMigration m = widened(db);
        db.execute("INSERT INTO t VALUES (2, '12:00:00.1234', '2024-01-01 12:00:00.123456', 1234567.8949, 'bob')");

        m.down().forEach(db::execute);

        assertThat(SchemaComparison.compare(NARROW.normalized(), read(db).normalized())).isEmpty();
        assertThat(db.rows(ROWS)).containsExactly("1\t12:00:00.12\t2024-01-01 12:00:00.123\t12345678.90\tann",
                "2\t12:00:00.12\t2024-01-01 12:00:00.123\t1234567.89\tbob");
    }

    @Test
    void theDownOfAWiderVarcharFailsOnALongerValueWrittenSinceAndChangesNothing(TestDatabase db) throws SQLException {
        RenderedMigration m = widened(db);
        db.execute("INSERT INTO t VALUES (2, NULL, NULL, NULL, repeat('x', 80))");

        assertThatThrownBy(() -> db.execute(String.join("\n", m.down())))
                .hasMessageContaining("value too long for type character varying(50)");
        assertThat(SchemaComparison.compare(WIDE.normalized(), read(db).normalized())).isEmpty();
    }

    /** {@code NARROW} with one row, widened to {@code WIDE}: no hazard, no irreversible step, the row unchanged. */
    private static RenderedMigration widened(TestDatabase db) throws SQLException {
        EngineFixtures.render(Schema.empty(), NARROW).up().forEach(db::execute);
        db.execute("INSERT INTO t VALUES (1, '12:00:00.12', '2024-01-01 12:00:00.123', 12345678.90, 'ann')");
        RenderedMigration m = EngineFixtures.render(NARROW, WIDE);

        assertThat(EngineFixtures.plan(NARROW, WIDE).hazards()).isEmpty();
        assertThat(m.irreversible()).isEmpty();
        assertThat(m.downText()).doesNotContain(RenderedMigration.IRREVERSIBLE_MARK);
        m.up().forEach(db::execute);
        assertThat(SchemaComparison.compare(WIDE.normalized(), read(db).normalized())).isEmpty();
        assertThat(db.rows(ROWS)).containsExactly("1\t12:00:00.12\t2024-01-01 12:00:00.123\t12345678.9000\tann");
        return m;
    }

    private static Schema read(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return LiveDatabaseSource.read(c, InspectFilter.all());
        }
    }
}
