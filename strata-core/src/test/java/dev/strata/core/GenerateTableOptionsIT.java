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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options a Drizzle snapshot has no field for (FORCE ROW LEVEL SECURITY; MATCH FULL, DEFERRABLE and NOT VALID foreign
 * keys; NOT VALID checks; index INCLUDE and NULLS NOT DISTINCT; a sequence's type; a view's comment) reach the
 * migration, the database and the down file. generate diffs snapshots, and it left them all out without a word.
 */
@ExtendWith(PostgresExtension.class)
class GenerateTableOptionsIT {
    private static final String PLAIN = """
            public static final PgSequence ticket = pgSequence("ticket");
            public static final PgTable p = table("p", t -> t.integer("id").primaryKey());
            public static final PgTable c = table("c", t -> {
                t.integer("id").primaryKey();
                var pid = t.integer("pid");
                var q = t.integer("q");
                var r = t.text("r");
                t.foreignKey(pid).references(p.column("id")).name("c_p_fk")%s;
                t.check("q_pos", sql(q, " > 0"))%s;
                t.index("c_q_idx").on(q)%s;
                t.enableRls();%s
                t.policy("own").using(sql("true"));
            });
            public static final PgView recent = pgView("recent").as("select id from c")%s;
            """;
    private static final String CATALOG = "SELECT concat_ws(',', "
            + "(SELECT relforcerowsecurity FROM pg_class WHERE oid = 'c'::regclass), "
            + "(SELECT confmatchtype::text || condeferrable::text || condeferred::text || convalidated::text FROM pg_constraint WHERE conname = 'c_p_fk'), "
            + "(SELECT convalidated FROM pg_constraint WHERE conname = 'q_pos'), "
            + "(SELECT indnullsnotdistinct::text || indnatts::text || indnkeyatts::text FROM pg_index WHERE indexrelid = 'c_q_idx'::regclass), "
            + "(SELECT format_type(seqtypid, NULL) FROM pg_sequence WHERE seqrelid = 'ticket'::regclass), "
            + "coalesce(obj_description('recent'::regclass, 'pg_class'), '-'))";

    private static final String WITH_OPTIONS = String.format(
            PLAIN.replace("pgSequence(\"ticket\")", "pgSequence(\"ticket\", s -> s.as(\"integer\"))"),
            ".matchFull().deferrable(dev.strata.core.model.Deferral.DEFERRABLE_DEFERRED).notValid()", ".notValid()",
            ".include(r).nullsNotDistinct()", "\n        t.forceRls();", ".comment(\"recent rows\")");

    @TempDir
    Path dir;

    private DslProject project(TestDatabase db) {
        return new DslProject(dir, db);
    }

    @Test
    void theyAreAddedToTheDatabaseAndTheDownFileTakesThemAway(TestDatabase db) throws IOException {
        project(db).generate("init", String.format(PLAIN, "", "", "", "", ""));
        project(db).strata().migrate(MigrateOptions.defaults(), e -> { });
        String before = db.value(CATALOG);

        project(db).generate("options", WITH_OPTIONS);
        project(db).strata().migrate(MigrateOptions.defaults(), e -> { });
        String after = db.value(CATALOG);
        GenerateResult again = project(db).generate("again", WITH_OPTIONS);

        assertThat(before).isEqualTo("f,sfalsefalsetrue,t,false11,bigint,-");
        assertThat(after).isEqualTo("t,ftruetruefalse,f,true21,integer,recent rows");
        assertThat(again.outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);

        project(db).strata().rollback(new RollbackOptions(1, null, false, false));

        assertThat(db.value(CATALOG)).isEqualTo(before);
    }
}
