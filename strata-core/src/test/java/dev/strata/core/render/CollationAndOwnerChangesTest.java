package dev.strata.core.render;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.strata.core.render.EngineFixtures.name;
import static dev.strata.core.render.EngineFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A column's or an index key's collation and a sequence's owner changed between two schemas: the diff saw neither,
 * so the migration left them as they were.
 */
class CollationAndOwnerChangesTest {
    private static Column nameColumn(String type, String collation, String defaultSql) {
        return new Column("name", ColumnType.of(type), false, defaultSql, null, null, collation, null);
    }

    private static Schema people(Column column) {
        return EngineFixtures.schema(Tables.table("public", "people").column(column).build());
    }

    @Test
    void aChangedCollationIsSetWithTheSameTypeAndTakenAwayByNamingNone() {
        RenderedMigration m = render(people(nameColumn("text", null, null)), people(nameColumn("text", "C", null)));

        assertThat(m.up()).containsExactly("ALTER TABLE \"people\" ALTER COLUMN \"name\" SET DATA TYPE text COLLATE \"C\";");
        assertThat(m.down()).containsExactly("ALTER TABLE \"people\" ALTER COLUMN \"name\" SET DATA TYPE text;");
    }

    @Test
    void aTypeChangeKeepsTheCollationAndACollationChangeKeepsTheDefault() {
        RenderedMigration retyped = render(people(nameColumn("character varying(10)", "C", "'x'::text")),
                people(nameColumn("text", "C", "'x'::text")));
        RenderedMigration recollated = render(people(nameColumn("text", "C", "'x'::text")),
                people(nameColumn("text", "POSIX", "'x'::text")));

        assertThat(retyped.up()).containsExactly("ALTER TABLE \"people\" ALTER COLUMN \"name\" SET DATA TYPE text COLLATE \"C\";",
                "ALTER TABLE \"people\" ALTER COLUMN \"name\" SET DEFAULT 'x'::text;");
        assertThat(recollated.up()).containsExactly(
                "ALTER TABLE \"people\" ALTER COLUMN \"name\" SET DATA TYPE text COLLATE \"POSIX\";");
    }

    @Test
    void anIndexWhoseKeyCollationChangedIsMadeAgainWithIt() {
        RenderedMigration m = render(indexed(null), indexed("C"));

        assertThat(m.up()).containsExactly("DROP INDEX \"people_name_idx\";",
                "CREATE INDEX \"people_name_idx\" ON \"people\" USING btree (\"name\" COLLATE \"C\");");
        assertThat(m.down()).last().isEqualTo("CREATE INDEX \"people_name_idx\" ON \"people\" USING btree (\"name\");");
    }

    private static Schema indexed(String collation) {
        IndexKey key = new IndexKey("name", false, false, false, null, collation);
        return EngineFixtures.schema(Tables.table("public", "people").column(nameColumn("text", null, null))
                .index(new Index("people_name_idx", false, "btree", List.of(key), List.of(), null, Map.of(), false)).build());
    }

    @Test
    void aSequenceIsOwnedOnceItsNewColumnIsThereAndLetGoBeforeTheDownDropsIt() {
        Table before = Tables.table("public", "people").column("id", "integer", true).build();
        Table after = Tables.table("public", "people").column("id", "integer", true).column("legacy_id", "integer", false).build();

        RenderedMigration m = render(withSequence(null, before), withSequence(new ColumnRef(name("people"), "legacy_id"), after));

        assertThat(m.up()).containsExactly("ALTER TABLE \"people\" ADD COLUMN \"legacy_id\" integer;",
                "ALTER SEQUENCE \"public\".\"legacy\" OWNED BY \"public\".\"people\".\"legacy_id\";");
        assertThat(m.down()).containsExactly("ALTER SEQUENCE \"public\".\"legacy\" OWNED BY NONE;",
                "ALTER TABLE \"people\" DROP COLUMN \"legacy_id\";");
    }

    @Test
    void anOwnerWhoseTableIsDroppedLetsGoOfTheSequenceBeforeTheDrop() {
        Table people = Tables.table("public", "people").column("legacy_id", "integer", false).build();
        Table accounts = Tables.table("public", "accounts").column("legacy_id", "integer", false).build();

        RenderedMigration m = render(withSequence(new ColumnRef(name("people"), "legacy_id"), people, accounts),
                withSequence(new ColumnRef(name("accounts"), "legacy_id"), accounts));

        assertThat(m.up()).containsExactly("ALTER SEQUENCE \"public\".\"legacy\" OWNED BY NONE;",
                "DROP TABLE \"people\" CASCADE;",
                "ALTER SEQUENCE \"public\".\"legacy\" OWNED BY \"public\".\"accounts\".\"legacy_id\";");
        assertThat(m.down()).containsExactly("CREATE TABLE \"people\" (\n\t\"legacy_id\" integer\n);\n",
                "ALTER SEQUENCE \"public\".\"legacy\" OWNED BY NONE;",
                "ALTER SEQUENCE \"public\".\"legacy\" OWNED BY \"public\".\"people\".\"legacy_id\";");
    }

    @Test
    void aSequenceTheSerialTypeDoesNotMakeIsCreatedBeforeTheColumnUsingItAndDroppedAfterIt() {
        Table people = Tables.table("public", "people")
                .column(Column.of("id", ColumnType.of("integer"), true).withDefault("nextval('legacy'::regclass)")).build();
        Schema with = withSequence(new ColumnRef(name("people"), "id"), people);

        RenderedMigration m = render(Schema.empty(), with);

        assertThat(m.up()).containsExactly(
                "CREATE SEQUENCE \"public\".\"legacy\" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;",
                "CREATE TABLE \"people\" (\n\t\"id\" integer DEFAULT nextval('legacy') NOT NULL\n);\n",
                "ALTER SEQUENCE \"public\".\"legacy\" OWNED BY \"public\".\"people\".\"id\";");
        assertThat(m.down()).containsExactly("ALTER SEQUENCE \"public\".\"legacy\" OWNED BY NONE;",
                "DROP TABLE \"people\" CASCADE;", "DROP SEQUENCE \"public\".\"legacy\";");
    }

    @Test
    void aColumnAlreadyUsingTheSequenceOnlyTakesItsOwnership() {
        Table people = Tables.table("public", "people")
                .column(Column.of("id", ColumnType.of("integer"), true).withDefault("nextval('legacy'::regclass)")).build();

        RenderedMigration m = render(withSequence(null, people), withSequence(new ColumnRef(name("people"), "id"), people));

        assertThat(m.up()).containsExactly("ALTER SEQUENCE \"public\".\"legacy\" OWNED BY \"public\".\"people\".\"id\";");
        assertThat(m.down()).containsExactly("ALTER SEQUENCE \"public\".\"legacy\" OWNED BY NONE;");
    }

    private static Schema withSequence(ColumnRef owner, Table... tables) {
        return new Schema(List.of(), List.of(), List.of(), List.of(),
                List.of(new Sequence(QualifiedName.of("public", "legacy"), "bigint", SequenceOptions.defaults("bigint", 1), owner)),
                List.of(tables), List.of(), List.of(), List.of());
    }
}
