package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
import dev.strata.core.apply.MigrationState;
import dev.strata.core.apply.MigrationStatus;
import dev.strata.core.apply.RollbackOptions;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The down file of an enum label removal adds the label back and then uses it (the default that named it), which
 * PostgreSQL allows only after the adding transaction commits: rollback runs such a file in two transactions, the
 * tracking rows removed with the last, and says what stays committed when the second one fails.
 */
@ExtendWith(PostgresExtension.class)
class RollbackEnumValueIT {
    private static final String SCHEMA = """
            public static final PgEnum mood = pgEnum("mood", %s);
            public static final PgTable people = table("people", t -> {
                t.integer("id").primaryKey();
                t.enumColumn("feeling", mood).defaultValue("%s").notNull();
            });
            """;
    private static final String LABELS = "SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum "
            + "WHERE enumtypid = 'mood'::regtype";
    private static final String DEFAULT = "SELECT column_default FROM information_schema.columns WHERE table_name = 'people' "
            + "AND column_name = 'feeling'";

    @TempDir
    Path dir;

    private DslProject generated(TestDatabase db) throws IOException {
        DslProject project = new DslProject(dir, db);
        project.generate("init", String.format(SCHEMA, "\"ok\", \"meh\", \"sad\"", "meh"));
        project.generate("no_meh", String.format(SCHEMA, "\"ok\", \"sad\"", "ok"));
        project.strata().migrate(MigrateOptions.defaults(), e -> { });
        db.execute("INSERT INTO people VALUES (1, 'sad')");
        return project;
    }

    private static List<MigrationState> states(DslProject project) {
        return project.strata().status().migrations().stream().map(MigrationStatus::state).toList();
    }

    @Test
    void theLabelComesBackWithTheDefaultThatNamesIt(TestDatabase db) throws IOException {
        DslProject project = generated(db);
        assertThat(db.value(LABELS)).isEqualTo("ok,sad");

        String dry = project.strata().rollback(new RollbackOptions(1, null, true, false)).dryRunSql();
        assertThat(dry).contains("ADD VALUE IF NOT EXISTS 'meh' BEFORE 'sad';\n-- commit; then, because statement ")
                .contains("uses enum value 'meh' added before it");

        assertThat(project.strata().rollback(new RollbackOptions(1, null, false, false)).rolledBack()).containsExactly("0001_no_meh");

        assertThat(db.value(LABELS)).isEqualTo("ok,meh,sad");
        assertThat(db.value(DEFAULT)).isEqualTo("'meh'::mood");
        assertThat(db.value("SELECT feeling FROM people")).isEqualTo("sad");
        assertThat(states(project)).containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
        PushResult push = project.strata().push(project.schema("first", String.format(SCHEMA, "\"ok\", \"meh\", \"sad\"", "meh")),
                new PushOptions(List.of(), false, true));
        assertThat(push.statements().all()).as("the database is the first schema again").isEmpty();
    }

    @Test
    void whenTheSecondTransactionFailsTheAddedLabelStaysAndARerunAfterTheFixFinishes(TestDatabase db) throws IOException {
        DslProject project = generated(db);
        Path down = dir.resolve("migrations/0001_no_meh.down.sql");
        String generated = Files.readString(down);
        Files.writeString(down, generated + "\n--> statement-breakpoint\nSELECT 1 / 0;");

        assertThatThrownBy(() -> project.strata().rollback(new RollbackOptions(1, null, false, false)))
                .isInstanceOf(StrataException.Database.class)
                .hasMessageContaining("0001_no_meh.down.sql")
                .hasMessageContaining("division by zero")
                .hasMessageContaining("statements 1-1 of the down file were committed and stay")
                .hasMessageContaining("0001_no_meh is still recorded as applied")
                .hasMessageContaining("ADD VALUE IF NOT EXISTS");
        assertThat(db.value(LABELS)).as("the first transaction committed").isEqualTo("ok,meh,sad");
        assertThat(db.value(DEFAULT)).as("the second rolled back").isEqualTo("'ok'::mood");
        assertThat(states(project)).containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);

        Files.writeString(down, generated);
        assertThat(project.strata().rollback(new RollbackOptions(1, null, false, false)).rolledBack()).containsExactly("0001_no_meh");
        assertThat(db.value(LABELS)).isEqualTo("ok,meh,sad");
        assertThat(db.value(DEFAULT)).isEqualTo("'meh'::mood");
        assertThat(states(project)).containsExactly(MigrationState.APPLIED, MigrationState.PENDING);
    }
}
