package dev.strata.core;

import dev.strata.core.apply.MigrateOptions;
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
 * A partitioned table and its partitions are generated as such (they were plain tables before, without a word):
 * partitions after their table, columns changed on the table only; a change of partitioning, which PostgreSQL cannot
 * make in place, is refused with the way around it.
 */
@ExtendWith(PostgresExtension.class)
class GeneratePartitionsIT {
    private static final String EVENTS = """
            public static final PgTable events = table("events", t -> {
                t.bigint("id").notNull();
                t.timestamptz("at").notNull();
                t.text("kind");%s
                t.partitionBy("RANGE (at)");
            });
            """;
    private static final String PARTITION = """
            public static final PgTable events_%1$s = table("events_%1$s", t -> {
                t.bigint("id").notNull();
                t.timestamptz("at").notNull();
                t.text("kind");%2$s
                t.partitionOf(events, "FOR VALUES FROM ('%1$s-01-01') TO ('%3$s-01-01')");
            });
            """;
    private static final String KINDS = "SELECT string_agg(relname || ':' || relkind::text || ':' || relispartition, ',' ORDER BY relname) "
            + "FROM pg_class WHERE relname LIKE 'events%' AND relkind IN ('r', 'p')";

    @TempDir
    Path dir;

    private DslProject project(TestDatabase db) {
        return new DslProject(dir, db);
    }

    @Test
    void partitionsAreMadeAfterTheirTableAndColumnsChangeOnTheTableOnly(TestDatabase db) throws IOException {
        project(db).generate("init", String.format(EVENTS, "") + String.format(PARTITION, "2026", "", "2027"));
        project(db).strata().migrate(MigrateOptions.defaults(), e -> { });
        db.execute("INSERT INTO events VALUES (1, '2026-05-01', 'a')");

        String sev = "\n        t.integer(\"sev\").defaultValue(0);";
        GenerateResult more = project(db).generate("more", String.format(EVENTS, sev) + String.format(PARTITION, "2026", sev, "2027")
                + String.format(PARTITION, "2027", sev, "2028"));
        project(db).strata().migrate(MigrateOptions.defaults(), e -> { });
        db.execute("INSERT INTO events VALUES (2, '2027-05-01', 'b', 3)");

        assertThat(Files.readString(dir.resolve("migrations/0000_init.sql")))
                .contains(") PARTITION BY RANGE (at);", "CREATE TABLE \"events_2026\" PARTITION OF \"events\"");
        assertThat(more.statements()).containsExactly(
                "CREATE TABLE \"events_2027\" PARTITION OF \"events\" FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');",
                "ALTER TABLE \"events\" ADD COLUMN \"sev\" integer DEFAULT 0;");
        assertThat(db.value(KINDS)).isEqualTo("events:p:false,events_2026:r:true,events_2027:r:true");
        assertThat(db.value("SELECT string_agg(tableoid::regclass || '=' || sev, ',' ORDER BY id) FROM events"))
                .isEqualTo("events_2026=0,events_2027=3");
        assertThat(project(db).generate("again", String.format(EVENTS, sev) + String.format(PARTITION, "2026", sev, "2027")
                + String.format(PARTITION, "2027", sev, "2028")).outcome()).isEqualTo(GenerateResult.Outcome.NO_CHANGES);

        project(db).strata().rollback(new RollbackOptions(1, null, false, false));

        assertThat(db.value(KINDS)).isEqualTo("events:p:false,events_2026:r:true");
    }

    @Test
    void aTableThatWouldBecomePartitionedIsRefusedWithTheWayAroundAndNothingIsWritten(TestDatabase db) throws IOException {
        project(db).generate("init", String.format(EVENTS, "").replace("\n    t.partitionBy(\"RANGE (at)\");", ""));

        assertThatThrownBy(() -> project(db).generate("partitioned", String.format(EVENTS, "")))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("table public.events changes how it is partitioned (not partitioned → PARTITION BY RANGE (at))")
                .satisfies(e -> assertThat(((StrataException.Input) e).problem().fix()).contains("under a new name"));
        try (var files = Files.list(dir.resolve("migrations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("0000_init.sql",
                    "0000_init.down.sql", "meta");
        }
    }

    @Test
    void pushRefusesTheSameChangeAndRunsNothing(TestDatabase db) throws IOException {
        project(db).generate("init", String.format(EVENTS, "").replace("\n    t.partitionBy(\"RANGE (at)\");", ""));
        project(db).strata().migrate(MigrateOptions.defaults(), e -> { });
        var partitioned = project(db).schema("partitioned", String.format(EVENTS, ""));

        assertThatThrownBy(() -> project(db).strata().push(partitioned, new PushOptions(List.of(), true, false)))
                .isInstanceOf(StrataException.Input.class)
                .satisfies(e -> assertThat(((StrataException.Input) e).problem().code()).isEqualTo("push.unsupported-change"))
                .hasMessageContaining("changes how it is partitioned");
        assertThat(db.value(KINDS)).isEqualTo("events:r:false");
    }
}
