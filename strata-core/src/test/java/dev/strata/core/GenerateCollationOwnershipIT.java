package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.RollbackOptions;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Column collations, index key collations and the owner ({@code OWNED BY}) of a sequence that is no serial's have no
 * field in a Drizzle snapshot. generate diffs snapshots: it left them out of the migration without a word and saw no
 * change of them between two schemas. push saw no change of a column's collation or a sequence's owner either, and
 * could not build a table whose column uses a sequence it owns under a name serial would not give it.
 */
@ExtendWith(PostgresExtension.class)
class GenerateCollationOwnershipIT {
    private static final String SCHEMA = """
            public static final PgTable people = table("people", t -> {
                t.integer("id").primaryKey();
                var name = t.text("name")%s;
                t.integer("legacy_id");
                t.integer("other_id");
                t.index("people_name_idx").on(%s);
            });
            public static final PgSequence legacy = pgSequence("legacy")%s;
            """;
    private static final String PLAIN = String.format(SCHEMA, "", "name", "");
    private static final String COLLATED = String.format(SCHEMA, ".collate(\"C\")", "name.asc().collate(\"POSIX\")",
            ".ownedBy(() -> people.column(\"legacy_id\"))");
    private static final String CHANGED = String.format(SCHEMA, ".collate(\"POSIX\")", "name.asc().collate(\"C\")",
            ".ownedBy(() -> people.column(\"other_id\"))");
    /** The column's collation, the index key's, and the column owning sequence legacy ({@code -}: default, none). */
    private static final String CATALOG = "SELECT concat_ws(',', "
            + "(SELECT coalesce(nullif(c.collname, 'default'), '-') FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation "
            + "WHERE a.attrelid = 'people'::regclass AND a.attname = 'name'), "
            + "(SELECT coalesce(nullif(c.collname, 'default'), '-') FROM pg_index i JOIN pg_collation c ON c.oid = i.indcollation[0] "
            + "WHERE i.indexrelid = 'people_name_idx'::regclass), "
            + "coalesce((SELECT string_agg(attname, '+') FROM pg_attribute WHERE attrelid = 'people'::regclass AND attnum > 0 "
            + "AND NOT attisdropped AND pg_get_serial_sequence('people', attname) = 'public.legacy'), '-'))";

    /** A sequence that feeds a column and belongs to it, as serial's does, under a name serial would not give it. */
    private static final String TICKETS = """
            public static final PgTable tickets = table("tickets", t -> t.bigint("no").notNull().defaultSql("nextval('ticket_no')"));
            public static final PgSequence ticketNo = pgSequence("ticket_no").ownedBy(() -> tickets.column("no"));
            """;
    private static final String TICKETS_CATALOG = "SELECT concat_ws(',', to_regclass('ticket_no'), to_regclass('tickets'), "
            + "(SELECT pg_get_serial_sequence('tickets', 'no') WHERE to_regclass('tickets') IS NOT NULL))";

    @TempDir
    Path dir;

    private DslProject project(TestDatabase db) {
        return new DslProject(dir, db);
    }

    private GenerateResult generateAndMigrate(TestDatabase db, String name, String fields) throws IOException {
        GenerateResult result = project(db).generate(name, fields);
        project(db).strata().migrate(MigrateOptions.defaults(), e -> { });
        return result;
    }

    @Test
    void theyReachTheDatabaseTheirChangesToo(TestDatabase db) throws IOException {
        generateAndMigrate(db, "init", PLAIN);
        String plain = db.value(CATALOG);
        generateAndMigrate(db, "collated", COLLATED);
        String collated = db.value(CATALOG);
        GenerateResult collatedAgain = project(db).generate("collated_again", COLLATED);
        generateAndMigrate(db, "changed", CHANGED);
        String changed = db.value(CATALOG);
        GenerateResult changedAgain = project(db).generate("changed_again", CHANGED);

        assertThat(plain).isEqualTo("-,-,-");
        assertThat(collated).isEqualTo("C,POSIX,legacy_id");
        assertThat(collatedAgain.outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);
        assertThat(changed).isEqualTo("POSIX,C,other_id");
        assertThat(changedAgain.outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);

        project(db).strata().rollback(new RollbackOptions(1, null, false, false));
        assertThat(db.value(CATALOG)).isEqualTo(collated);
        project(db).strata().rollback(new RollbackOptions(1, null, false, false));
        assertThat(db.value(CATALOG)).isEqualTo(plain);
    }

    @Test
    void aSequenceOwnedByTheColumnUsingItIsMadeBeforeTheTableAndDroppedAfterIt(TestDatabase db) throws IOException {
        generateAndMigrate(db, "init", TICKETS);
        String made = db.value(TICKETS_CATALOG);
        GenerateResult again = project(db).generate("again", TICKETS);
        project(db).strata().rollback(new RollbackOptions(1, null, false, false));

        assertThat(made).isEqualTo("ticket_no,tickets,public.ticket_no");
        assertThat(again.outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);
        assertThat(db.value(TICKETS_CATALOG)).isEmpty();
    }

    @Test
    void pushMakesAndChangesThemToo(TestDatabase db) throws IOException {
        push(db, "plain", PLAIN);
        String plain = db.value(CATALOG);
        push(db, "collated", COLLATED);
        String collated = db.value(CATALOG);
        push(db, "changed", CHANGED);

        assertThat(plain).isEqualTo("-,-,-");
        assertThat(collated).isEqualTo("C,POSIX,legacy_id");
        assertThat(db.value(CATALOG)).isEqualTo("POSIX,C,other_id");
        assertThat(push(db, "again", CHANGED).outcome()).isEqualTo(PushResult.Outcome.NO_CHANGES);
    }

    private PushResult push(TestDatabase db, String name, String fields) throws IOException {
        return project(db).strata().push(project(db).schema(name, fields), new PushOptions(List.of(), false, false, false));
    }
}
