package dev.strata.core.inspect;

import dev.strata.core.StrataException;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class InspectColumnsIT {

    @Test
    void columnsInOrderWithTypeNullabilityDefaultIdentityGeneratedCollationAndComment(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        List<ColumnInfo> columns = columns(db, "public", "users");
        assertThat(columns).extracting(ColumnInfo::name)
                .containsExactly("id", "email", "name", "role", "email_lower", "deleted_at", "bio");
        assertThat(columns.get(0)).isEqualTo(new ColumnInfo(1, "id", "bigint", false, null, ColumnInfo.Identity.ALWAYS,
                null, null, null));
        assertThat(columns.get(1)).isEqualTo(new ColumnInfo(2, "email", "text", false, null, ColumnInfo.Identity.NONE,
                null, "C", "login name; unique"));
        assertThat(columns.get(2).type()).isEqualTo("character varying(80)");
        assertThat(columns.get(2).nullable()).isTrue();
        assertThat(columns.get(2).collation()).as("the type's default collation is not shown").isNull();
        assertThat(columns.get(3).type()).isEqualTo("user_role");
        assertThat(columns.get(3).defaultValue()).isEqualTo("'reader'::user_role");
        assertThat(columns.get(4).generated()).isEqualTo("lower(email)");
        assertThat(columns.get(4).defaultValue()).isNull();
        assertThat(columns.get(5).type()).isEqualTo("timestamp with time zone");
    }

    @Test
    void serialAndByDefaultIdentityColumns(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        assertThat(columns(db, "public", "user_sessions").get(0).defaultValue())
                .isEqualTo("nextval('user_sessions_id_seq'::regclass)");
        assertThat(columns(db, "billing", "payments").get(0).identity()).isEqualTo(ColumnInfo.Identity.BY_DEFAULT);
    }

    @Test
    void droppedColumnsLeaveAGapInPositions(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (a int, b int, c int); ALTER TABLE t DROP COLUMN b");
        assertThat(columns(db, "public", "t")).extracting(ColumnInfo::position).containsExactly(1, 3);
    }

    @Test
    void columnsOfAViewAndOfATableWithNone(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        db.execute("CREATE TABLE nothing ()");
        assertThat(columns(db, "public", "active_users")).extracting(ColumnInfo::name).containsExactly("id", "email");
        assertThat(columns(db, "public", "nothing")).isEmpty();
    }

    @Test
    void unqualifiedNameIsFoundOnTheSearchPathThenInAnySchema(TestDatabase db) throws SQLException {
        InspectFixture.load(db);
        try (Connection c = db.connect()) {
            Inspector inspector = new Inspector(c);
            assertThat(inspector.find(null, "users")).isEqualTo(new TableName("public", "users"));
            assertThat(inspector.find(null, "accounts")).isEqualTo(new TableName("billing", "accounts"));
            assertThat(inspector.columns(null, "accounts")).extracting(ColumnInfo::name).containsExactly("id", "owner_id", "plan");
        }
    }

    @Test
    void searchPathWinsWhenANameIsInSeveralSchemas(TestDatabase db) throws SQLException {
        db.execute("CREATE SCHEMA other; CREATE TABLE public.notes (a int); CREATE TABLE other.notes (b int)");
        assertThat(columns(db, null, "notes")).extracting(ColumnInfo::name).containsExactly("a");
    }

    @Test
    void nameInSeveralSchemasOffTheSearchPathIsAmbiguous(TestDatabase db) {
        db.execute("CREATE SCHEMA one; CREATE SCHEMA two; CREATE TABLE one.notes (a int); CREATE TABLE two.notes (b int)");
        assertThatThrownBy(() -> columns(db, null, "notes")).isInstanceOfSatisfying(StrataException.Input.class, e -> {
            assertThat(e.problem().code()).isEqualTo("inspect.ambiguous-table");
            assertThat(e.problem().message()).contains("one.notes", "two.notes");
            assertThat(e.problem().fix()).contains("qualify");
        });
    }

    @Test
    void unknownTableIsAnInputErrorNamingCloseOnes(TestDatabase db) {
        InspectFixture.load(db);
        assertThatThrownBy(() -> columns(db, null, "usres")).isInstanceOfSatisfying(StrataException.Input.class, e -> {
            assertThat(e.exitCode()).isEqualTo(2);
            assertThat(e.problem().code()).isEqualTo("inspect.unknown-table");
            assertThat(e.problem().message()).contains("\"usres\"");
            assertThat(e.problem().fix()).startsWith("did you mean public.users").contains("strata inspect tables");
        });
    }

    @Test
    void unknownQualifiedTableSuggestsTheSameNameInAnotherSchema(TestDatabase db) {
        InspectFixture.load(db);
        assertThatThrownBy(() -> columns(db, "billing", "users")).isInstanceOfSatisfying(StrataException.Input.class,
                e -> assertThat(e.problem().fix()).contains("public.users"));
    }

    @Test
    void unknownTableWithNothingCloseSaysHowToListTables(TestDatabase db) {
        InspectFixture.load(db);
        assertThatThrownBy(() -> columns(db, null, "zzzzzzzzzz")).isInstanceOfSatisfying(StrataException.Input.class,
                e -> assertThat(e.problem().fix()).doesNotContain("did you mean").contains("strata inspect tables"));
    }

    @Test
    void tableNameIsReadAsDataNotSql(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE \"x'; DROP TABLE y; --\" (\"we\"\"ird\" int)");
        assertThat(columns(db, "public", "x'; DROP TABLE y; --")).extracting(ColumnInfo::name).containsExactly("we\"ird");
    }

    private static List<ColumnInfo> columns(TestDatabase db, String schema, String table) throws SQLException {
        try (Connection c = db.connect()) {
            return new Inspector(c).columns(schema, table);
        }
    }
}
