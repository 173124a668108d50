package dev.strata.core;

import dev.strata.core.config.StrataConfig;
import dev.strata.core.model.Schema;
import dev.strata.core.source.dsl.JavaSchemaSource;
import dev.strata.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A project folder whose schema is one DSL class, generated into {@code migrations/} against a test database. */
record DslProject(Path dir, TestDatabase db) {
    Strata strata() {
        return new Strata(StrataConfig.of(db.url(), dir.resolve("migrations")));
    }

    /** Writes class {@code Shop} with {@code fields} (in a folder of its own) and generates migration {@code name}. */
    GenerateResult generate(String name, String fields) throws IOException {
        return strata().generate(schema(name, fields), new GenerateOptions(name, false, List.of()));
    }

    /** The schema of class {@code Shop} with {@code fields}, written to folder {@code schema-<name>}. */
    Schema schema(String name, String fields) throws IOException {
        Path schema = Files.createDirectories(dir.resolve("schema-" + name)).resolve("Shop.java");
        Files.writeString(schema, "import dev.strata.core.source.dsl.*;\nimport static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class Shop {\n" + fields + "}\n");
        return JavaSchemaSource.load(schema);
    }
}
