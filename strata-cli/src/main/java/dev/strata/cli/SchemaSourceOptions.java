package dev.strata.cli;

import dev.strata.core.Strata;
import dev.strata.core.config.StrataConfig;
import dev.strata.core.model.Schema;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the schema as code comes from, for {@code generate} and {@code push} (a picocli mixin). */
final class SchemaSourceOptions {
    @Option(names = "--schema", paramLabel = "PATH",
            description = "The schema as code: a .java file or a folder of them (compiled in-process, no build tool needed), "
                    + "or a .sql file of CREATE statements (run in a shadow database). Default: [schema] source in strata.toml.")
    Path schema;

    @Option(names = "--schema-class", paramLabel = "CLASS", split = ",",
            description = "Instead of --schema: compiled classes that declare the schema (a Maven project's), "
                    + "found on --classpath; com.acme.db.* takes every top-level class of the package (classes of it "
                    + "that declare no schema objects are skipped).")
    List<String> classes = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "PATHS", split = ":", defaultValue = "target/classes",
            description = "Where --schema-class classes are (folders or jars, separated by ':'). Default: ${DEFAULT-VALUE}.")
    List<Path> classpath = new ArrayList<>();

    StrataConfig apply(StrataConfig config, Path workingDir) {
        return schema == null ? config : config.withSchemaSource(workingDir.resolve(schema).normalize());
    }

    /** Whether the schema is a {@code .sql} file, which declares extensions, domains, functions and triggers too. */
    boolean declaresDatabaseObjects(Strata strata) {
        return classes.isEmpty() && strata.schemaSourceIsSql();
    }

    Schema load(Strata strata, Path workingDir) {
        if (!classes.isEmpty()) {
            return strata.loadSchema(classpath.stream().map(workingDir::resolve).toList(), classes);
        }
        return strata.loadSchema();
    }
}
