package dev.strata.core.render;

import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(PostgresExtension.class)
class BaselineRendererIT {

    @Test
    void baselineRunsInOneTransactionOnAnEmptyDatabase(TestDatabase db) throws SQLException {
        apply(db, BaselineRenderer.statements(BaselineFixture.schema()));

        assertThat(db.rows("SELECT schemaname || '.' || tablename FROM pg_tables"
                + " WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")).containsExactly(
                "billing.invoices", "billing.invoices_2024", "public.teams", "public.users", "we\"ird.ta\"ble");
        assertThat(db.value("SELECT pg_get_partkeydef('billing.invoices'::regclass)")).isEqualTo("RANGE (issued)");
        assertThat(db.value("SELECT enum_range(NULL::billing.status)::text")).isEqualTo("{draft,paid,\"it's void\"}");
        assertThat(db.value("SELECT extname FROM pg_extension WHERE extname = 'citext'")).isEqualTo("citext");
    }

    @Test
    void constraintsIndexesAndSequencesAreThere(TestDatabase db) throws SQLException {
        apply(db, BaselineRenderer.statements(BaselineFixture.schema()));

        assertThat(db.rows("SELECT conrelid::regclass || ' ' || conname || ' ' || contype::text || ' ' || convalidated"
                + " FROM pg_constraint WHERE connamespace IN ('public'::regnamespace, 'billing'::regnamespace)"
                + " AND conparentid = 0 AND contypid = 0 ORDER BY 1")).containsExactly(
                "billing.invoices invoices_pkey p true",
                "billing.invoices_2024 invoices_2024_no_check c true",
                "teams teams_owner_fk f true",
                "teams teams_pkey p true",
                "users users_created_check c false",
                "users users_email_key u true",
                "users users_name_check c true",
                "users users_pkey p true",
                "users users_tax_check c true",
                "users users_team_fk f false");
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'users_team_fk'")).isEqualTo(
                "FOREIGN KEY (team_id) REFERENCES teams(id) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL"
                        + " DEFERRABLE INITIALLY DEFERRED NOT VALID");
        assertThat(db.value("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'users_email_key'"))
                .isEqualTo("UNIQUE NULLS NOT DISTINCT (email)");
        assertThat(db.value("SELECT indexdef FROM pg_indexes WHERE indexname = 'users_search_idx'")).isEqualTo(
                "CREATE INDEX users_search_idx ON public.users USING btree (lower((name)::text) DESC NULLS LAST,"
                        + " name COLLATE \"POSIX\" varchar_pattern_ops NULLS FIRST) INCLUDE (team_id) WITH (fillfactor='70')"
                        + " WHERE (deleted_at IS NULL)");
        assertThat(db.rows("SELECT indexname FROM pg_indexes WHERE schemaname IN ('public', 'we\"ird') ORDER BY 1")).containsExactly(
                "teams_pkey", "users_data_gin", "users_email_key", "users_live_email_uq", "users_pkey", "users_search_idx",
                "we\"ird_idx");
        assertThat(db.value("SELECT pg_get_serial_sequence('billing.invoices', 'no')")).isEqualTo("billing.invoices_no_seq");
        assertThat(db.value("SELECT seqstart || ' ' || seqcycle FROM pg_sequence WHERE seqrelid = 'users_id_seq'::regclass"))
                .isEqualTo("100 true");
        assertThat(db.value("SELECT count(*) FROM pg_constraint WHERE contypid = 'billing.positive'::regtype AND NOT convalidated"))
                .isEqualTo("1");
    }

    @Test
    void viewsSecurityTriggersAndCommentsAreThere(TestDatabase db) throws SQLException {
        apply(db, BaselineRenderer.statements(BaselineFixture.schema()));

        assertThat(db.rows("SELECT schemaname || '.' || viewname FROM pg_views WHERE schemaname IN ('public', 'billing')"
                + " ORDER BY 1")).containsExactly("public.active_count", "public.active_users");
        assertThat(db.value("SELECT ispopulated FROM pg_matviews WHERE matviewname = 'totals'")).isEqualTo("f");
        assertThat(db.value("SELECT relrowsecurity || ' ' || relforcerowsecurity FROM pg_class WHERE oid = 'users'::regclass"))
                .isEqualTo("true true");
        assertThat(db.rows("SELECT policyname || ' ' || permissive || ' ' || cmd || ' '"
                + " || (SELECT string_agg(r, ',' ORDER BY r) FROM unnest(roles) r) FROM pg_policies ORDER BY 1"))
                .containsExactly("users_read PERMISSIVE SELECT public", "users_self RESTRICTIVE UPDATE pg_read_all_data,postgres");
        assertThat(db.value("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).isEqualTo("users_touch");
        assertThat(db.value("SELECT obj_description('users'::regclass, 'pg_class')")).isEqualTo("people's accounts");
        assertThat(db.value("SELECT col_description('users'::regclass, 3)")).isEqualTo("display name");
        assertThat(db.value("SELECT obj_description('billing.totals'::regclass, 'pg_class')")).isEqualTo("it's a cache");
        db.execute("INSERT INTO teams (id) VALUES (1); INSERT INTO users (email, name, team_id) VALUES ('A@x', ' Ann ', 1);"
                + " UPDATE users SET name = ' Bo '");
        assertThat(db.value("SELECT name || ' ' || email_lower || ' ' || id || ' ' || statuses::text FROM users"))
                .isEqualTo("Bo a@x 100 {draft}");
    }

    /** Every statement in one transaction, as {@code strata migrate} runs a baseline. */
    private static void apply(TestDatabase db, List<String> statements) throws SQLException {
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    try {
                        s.execute(sql);
                    } catch (SQLException e) {
                        c.rollback();
                        throw new AssertionError("failed: " + sql + "\n" + e.getMessage(), e);
                    }
                }
            }
            c.commit();
        }
    }
}
