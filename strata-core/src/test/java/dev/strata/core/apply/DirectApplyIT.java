package dev.strata.core.apply;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link DirectApply} on a real PostgreSQL: enum values committed in a first transaction, the rest in a second,
 * the migration lock held across both, and what each failure leaves behind.
 */
@ExtendWith(PostgresExtension.class)
class DirectApplyIT {
    private static final TrackingTable TRACKING = new TrackingTable("drizzle", "__drizzle_migrations");
    /** Fails unless this session holds an advisory lock. */
    private static final String LOCK_HELD = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory'"
            + " AND pid = pg_backend_pid() AND granted) THEN RAISE EXCEPTION 'migration lock not held'; END IF; END $$";

    private static List<String> labels(TestDatabase db) {
        return db.rows("SELECT enumlabel FROM pg_enum ORDER BY enumsortorder");
    }

    private static void run(TestDatabase db, List<String> enumValues, List<String> statements) throws Exception {
        try (Connection c = db.connect()) {
            DirectApply.run(c, TRACKING, enumValues, statements);
        }
    }

    @Test
    void enumValuesAreCommittedBeforeTheSecondTransactionUsesThemUnderTheSameLock(TestDatabase db) throws Exception {
        db.execute("CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (m mood DEFAULT 'ok')");

        run(db, List.of("ALTER TYPE mood ADD VALUE 'glad';"),
                List.of(LOCK_HELD, "ALTER TABLE t ALTER COLUMN m SET DEFAULT 'glad';", "INSERT INTO t DEFAULT VALUES;"));

        assertThat(labels(db)).containsExactly("ok", "glad");
        assertThat(db.value("SELECT m FROM t")).isEqualTo("glad");
    }

    @Test
    void failureInTheFirstTransactionChangesNothing(TestDatabase db) {
        db.execute("CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (m mood DEFAULT 'ok')");

        StrataException.Database e = catchThrowableOfType(StrataException.Database.class, () -> run(db,
                List.of("ALTER TYPE mood ADD VALUE 'glad';", "ALTER TYPE no_such_type ADD VALUE 'x';"),
                List.of("ALTER TABLE t ALTER COLUMN m SET DEFAULT 'glad';")));

        Problem p = e.problem();
        assertThat(p.message()).startsWith("statement 2 of 3 failed");
        assertThat(p.sqlState()).isEqualTo("42704");
        assertThat(p.state()).isEqualTo("rolled back: nothing was changed");
        assertThat(labels(db)).containsExactly("ok");
    }

    @Test
    void failureInTheSecondTransactionRollsItBackAndSaysTheEnumValuesStay(TestDatabase db) {
        db.execute("CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (m mood DEFAULT 'ok')");

        StrataException.Database e = catchThrowableOfType(StrataException.Database.class, () -> run(db,
                List.of("ALTER TYPE mood ADD VALUE 'glad';", "ALTER TYPE mood ADD VALUE 'sad';"),
                List.of("ALTER TABLE t ALTER COLUMN m SET DEFAULT 'glad';", "ALTER TABLE t ADD COLUMN n int;",
                        "ALTER TABLE t ADD CONSTRAINT c CHECK (no_such_column > 0);")));

        Problem p = e.problem();
        assertThat(p.message()).startsWith("statement 5 of 5 failed");
        assertThat(p.statement()).contains("no_such_column");
        assertThat(p.state()).isEqualTo("rolled back: nothing else was changed, but the enum values added and committed "
                + "first stay (ALTER TYPE mood ADD VALUE 'glad'; ALTER TYPE mood ADD VALUE 'sad'); they are harmless "
                + "while nothing uses them, and the next push will not add them again");
        assertThat(labels(db)).containsExactly("ok", "glad", "sad");
        assertThat(db.value("SELECT column_default FROM information_schema.columns WHERE column_name = 'm'"))
                .isEqualTo("'ok'::mood");
        assertThat(db.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 't'")).containsExactly("m");
    }

    @Test
    void withoutEnumValuesAFailureRollsBackTheOneTransaction(TestDatabase db) {
        db.execute("CREATE TABLE t (a int)");

        StrataException.Database e = catchThrowableOfType(StrataException.Database.class, () -> {
            try (Connection c = db.connect()) {
                DirectApply.run(c, TRACKING, List.of("ALTER TABLE t ADD COLUMN b int;", "ALTER TABLE t ADD COLUMN b int;"));
            }
        });

        assertThat(e.problem().message()).startsWith("statement 2 of 2 failed");
        assertThat(e.problem().state()).isEqualTo("rolled back: nothing was changed");
        assertThat(db.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 't'")).containsExactly("a");
    }
}
