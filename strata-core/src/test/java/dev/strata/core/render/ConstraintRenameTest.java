package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.diff.DiffResult;
import dev.strata.core.diff.Renames;
import dev.strata.core.diff.SchemaDiff;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Schema;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.plan.Planner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.strata.core.render.EngineFixtures.kinds;
import static dev.strata.core.render.EngineFixtures.name;
import static dev.strata.core.render.EngineFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

/** A constraint or index equal but for its name is renamed, never dropped and rebuilt; anything else changed is. */
class ConstraintRenameTest {
    @Test
    void keysUniquesChecksAndIndexesKeepingTheirDefinitionAreRenamed() {
        Schema a = schema(users("users_pk", "users_email_unique", "users_age_check", index("users_age_index", "age")));
        Schema b = schema(users("members_pk", "members_email_unique", "members_age_check", index("members_age_index", "age")));

        DiffResult diff = SchemaDiff.compare(a, b, Renames.none());

        assertThat(diff.changes()).containsExactlyInAnyOrder(
                new Change.RenameConstraint(name("users"), "users_pk", "members_pk"),
                new Change.RenameConstraint(name("users"), "users_email_unique", "members_email_unique"),
                new Change.RenameConstraint(name("users"), "users_age_check", "members_age_check"),
                new Change.RenameIndex(name("users"), "users_age_index", "members_age_index"));
        RenderedMigration m = MigrationRenderer.render(Planner.plan(diff));
        assertThat(m.up()).contains(
                "ALTER TABLE \"users\" RENAME CONSTRAINT \"users_email_unique\" TO \"members_email_unique\";",
                "ALTER INDEX \"users_age_index\" RENAME TO \"members_age_index\";");
        assertThat(m.down()).contains("ALTER INDEX \"members_age_index\" RENAME TO \"users_age_index\";");
        assertThat(m.irreversible()).isEmpty();
    }

    @Test
    void anIndexWhoseDefinitionChangesWithItsNameIsDroppedAndCreated() {
        Schema a = schema(users("users_pk", "users_email_unique", "users_age_check", index("users_age_index", "age")));
        Schema b = schema(users("users_pk", "users_email_unique", "users_age_check", index("users_email_index", "email")));

        assertThat(kinds(SchemaDiff.compare(a, b, Renames.none()).changes()))
                .containsExactly(Change.DropIndex.class, Change.CreateIndex.class);
    }

    @Test
    void ofTwoIdenticalIndexesGoneAndOneNewOneIsRenamedAndTheOtherDropped() {
        Schema a = schema(users("users_pk", "users_email_unique", "users_age_check", index("age_1", "age"), index("age_2", "age")));
        Schema b = schema(users("users_pk", "users_email_unique", "users_age_check", index("age_idx", "age")));

        assertThat(SchemaDiff.compare(a, b, Renames.none()).changes()).containsExactly(
                new Change.DropIndex(name("users"), index("age_2", "age")),
                new Change.RenameIndex(name("users"), "age_1", "age_idx"));
    }

    @Test
    void aRenameRunsAfterTheDropThatFreesItsNewNameOnAnotherTable() {
        Schema a = schema(users("users_pk", "users_email_unique", "users_age_check", index("a", "age")), posts(index("b", "id")));
        Schema b = schema(users("users_pk", "users_email_unique", "users_age_check", index("b", "age")), posts());

        List<String> up = MigrationRenderer.render(Planner.plan(SchemaDiff.compare(a, b, Renames.none()))).up();

        assertThat(up).containsExactly("DROP INDEX \"b\";", "ALTER INDEX \"a\" RENAME TO \"b\";");
    }

    @Test
    void anIndexChangedUnderItsOwnNameIsNotTakenForARename() {
        Schema a = schema(users("users_pk", "users_email_unique", "users_age_check", index("a", "age"), index("b", "email")));
        Schema b = schema(users("users_pk", "users_email_unique", "users_age_check", index("b", "age")));

        assertThat(kinds(SchemaDiff.compare(a, b, Renames.none()).changes()))
                .containsExactly(Change.DropIndex.class, Change.DropIndex.class, Change.CreateIndex.class);
    }

    private static dev.strata.core.model.Table posts(Index... indexes) {
        Tables t = Tables.table("public", "posts").column("id", "integer", true).primaryKey("posts_pkey", "id");
        for (Index i : indexes) {
            t.index(i);
        }
        return t.build();
    }

    private static dev.strata.core.model.Table users(String pk, String unique, String check, Index... indexes) {
        Tables t = Tables.table("public", "users").column("id", "integer", true).column("email", "text", false)
                .column("age", "integer", false).primaryKey(pk, "id")
                .unique(new UniqueConstraint(unique, List.of("email"), false)).check(check, "(age > 0)", true);
        for (Index i : indexes) {
            t.index(i);
        }
        return t.build();
    }

    private static Index index(String indexName, String column) {
        return new Index(indexName, false, "btree", List.of(IndexKey.column(column)), List.of(), null, Map.of(), false);
    }
}
