package dev.strata.core.source.dsl;

import dev.strata.core.model.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer without a database: a schema using every DSL feature, written as Java and loaded back, is unchanged. */
class JavaSchemaWriterTest {

    private static final String EVERY_FEATURE = """
            import dev.strata.core.model.*;
            import dev.strata.core.source.dsl.*;
            import java.util.List;
            import static dev.strata.core.source.dsl.Dsl.*;

            public final class Every {
                public static final PgSchema app = pgSchema("app");
                public static final PgRaw.PgExtension citext = extension("citext", "public");
                public static final PgEnum mood = app.enumType("mood", "it's", "back\\\\slash", "é");
                public static final PgRaw.PgDomain positive = domain(new Domain(QualifiedName.of("public", "positive"),
                        "integer", true, "1", List.of(new CheckConstraint("positive_check", "VALUE > 0", true))));
                public static final PgSequence counter = pgSequence("counter", s -> s.as("integer").increment(-2)
                        .minValue(-100).cache(3).cycle()).ownedBy(() -> Every.people.column("n"));
                public static final PgTable people = app.table("people", t -> {
                    var id = t.integer("id").generatedAlwaysAsIdentity(s -> s.name("people_ids").startWith(7));
                    var name = t.customType("name", "citext").notNull().comment("line one\\nline \\"two\\"\\ttab");
                    var feeling = t.enumColumn("feeling", mood).array().defaultSql("'{}'");
                    t.domainColumn("n", positive);
                    var boss = t.integer("boss_id");
                    t.column("span", "tstzrange");
                    t.bigserial("seq");
                    t.primaryKey("people_id_key", id);
                    t.unique("people_name_feeling").on(name, feeling).nullsNotDistinct();
                    t.check("name_long", "length(name) > 1").notValid();
                    t.foreignKey(boss).name("boss").references(() -> Every.people, "id").onDelete(SET_DEFAULT)
                            .matchFull().deferrable(Deferral.DEFERRABLE_IMMEDIATE).notValid();
                    t.uniqueIndex("people_lower").on(IndexTerm.of(sql("lower(name)")).desc().nullsFirst(),
                            boss.asc().nullsFirst().collate("C")).include(feeling).where(sql("boss_id > 0"))
                            .with("fillfactor", 50).nullsNotDistinct();
                    t.policy("mine").restrictive().forCommand("update").to("alice", "bob").using(sql("true"))
                            .withCheck(sql("false"));
                    t.forceRls();
                    t.comment("who's who");
                    t.partitionBy("LIST (name)");
                });
                public static final PgTable part = app.table("people_a", t -> {
                    t.integer("id");
                    t.partitionOf(people, "FOR VALUES IN ('a')");
                });
                public static final PgView names = app.materializedView("names").with("fillfactor", 90)
                        .withNoData().comment("all names").as(" SELECT name FROM app.people;");
                public static final PgRaw.PgFunction f = function("public", "f", "a integer",
                        "CREATE OR REPLACE FUNCTION public.f(a integer) RETURNS integer LANGUAGE sql AS $$ SELECT a $$");
                public static final PgRaw.PgTrigger tr = trigger(people, "tr", "CREATE TRIGGER tr ...");
            }
            """;

    @Test
    void everyFeatureSurvivesWritingAndLoading(@TempDir Path dir) throws IOException {
        Path original = dir.resolve("a/Every.java");
        Files.createDirectories(original.getParent());
        Files.writeString(original, EVERY_FEATURE);
        Schema schema = JavaSchemaSource.load(original);
        assertThat(schema.tables()).hasSize(2);
        assertThat(schema.sequences()).extracting(q -> q.name().name()).containsExactly("people_seq_seq", "counter");
        assertThat(schema.sequences().get(1).ownedBy()).hasToString("app.people.n");
        assertThat(List.of(schema.views().size(), schema.functions().size(), schema.triggers().size(),
                schema.domains().size(), schema.extensions().size(), schema.enums().size())).containsOnly(1);

        String written = JavaSchemaWriter.write(schema, "org.example", "Pulled");
        Path copy = dir.resolve("b/Pulled.java");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, written);

        DslVectorsTest.assertSame(JavaSchemaSource.load(copy).normalized(), schema.normalized());
        assertThat(written).startsWith("package org.example;").contains("t.bigserial(\"seq\")")
                .contains("t.customType(\"name\", \"citext\")").contains("app.enumType(\"mood\", \"it's\", \"back\\\\slash\", \"é\")");
    }
}
