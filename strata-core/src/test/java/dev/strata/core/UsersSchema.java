package dev.strata.core;

import dev.strata.core.model.Schema;
import dev.strata.core.source.dsl.JavaSchemaSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Java schema of one {@code users} table (a serial {@code id} and the lines given), compiled for tests of generate. */
final class UsersSchema {
    private UsersSchema() {
    }

    /** Writes the schema into a new folder under {@code dir} and loads it; {@code lines} are statements on {@code t}. */
    static Schema load(Path dir, String... lines) throws IOException {
        Path src = Files.createTempDirectory(dir, "schema-src");
        Files.writeString(src.resolve("Shop.java"), "import dev.strata.core.source.dsl.*;\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n"
                + "public final class Shop {\n"
                + "    public static final PgTable users = table(\"users\", t -> {\n"
                + "        t.serial(\"id\").primaryKey();\n"
                + String.join("\n", lines) + "\n"
                + "    });\n}\n");
        return JavaSchemaSource.load(src);
    }
}
