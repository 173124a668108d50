package dev.strata.core.source.dsl;

import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.source.introspect.EverythingFixture;
import dev.strata.core.source.introspect.LiveDatabaseSource;
import dev.strata.testing.PostgresExtension;
import dev.strata.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code strata pull}'s Java output: the everything fixture, introspected, written as DSL source, compiled and loaded
 * back, is the introspected schema. Nothing is excepted: what the DSL does not model in detail (functions, triggers,
 * domains, extensions) it carries whole.
 */
@ExtendWith(PostgresExtension.class)
class JavaSchemaWriterIT {

    @Test
    void pulledJavaLoadsBackToTheIntrospectedSchema(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute(EverythingFixture.sql(EverythingFixture.major(db.url())));
        Schema live;
        try (Connection c = db.connect()) {
            live = LiveDatabaseSource.read(c, InspectFilter.all());
        }
        String source = JavaSchemaWriter.write(live, "com.example.db", "Everything");
        Path file = dir.resolve("Everything.java");
        Files.writeString(file, source);

        Schema loaded = JavaSchemaSource.load(file);

        DslVectorsTest.assertSame(loaded.normalized(), live.normalized());
        assertThat(source).contains("t.serial(\"legacy_id\")", "public static final PgTable accounts = table(\"accounts\"",
                "billing.table(\"invoices\"");
    }

    @Test
    void pulledJavaOfAnEmptyDatabaseIsAValidEmptySchemaClass(TestDatabase db, @TempDir Path dir) throws Exception {
        db.execute("CREATE TABLE t (id int)");
        Schema live;
        try (Connection c = db.connect()) {
            live = LiveDatabaseSource.read(c, InspectFilter.all());
        }
        Path file = dir.resolve("Small.java");
        Files.writeString(file, JavaSchemaWriter.write(live, "", "Small"));
        assertThat(JavaSchemaSource.load(file).normalized()).isEqualTo(live.normalized());
    }
}
