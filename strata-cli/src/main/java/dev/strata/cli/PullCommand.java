package dev.strata.cli;

import dev.strata.core.PullOptions;
import dev.strata.core.PullResult;
import dev.strata.core.model.Schema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code strata pull}: adopt Strata on an existing database. */
@Command(name = "pull", mixinStandardHelpOptions = true,
        description = {
                "Start a migrations folder from an existing database.",
                "",
                "Reads the live schema from pg_catalog (tables, columns, keys, indexes,",
                "enums, sequences, views, policies, functions, triggers, comments...) and",
                "writes into --dir, which must hold no migrations yet:",
                "  0000_<name>.sql          a baseline that recreates the schema on an empty",
                "                           database",
                "  meta/0000_snapshot.json  the schema as a Drizzle snapshot (version 7);",
                "                           what Drizzle cannot hold goes under \"strata\"",
                "  meta/_journal.json       the journal with that one entry",
                "With --java FILE it also writes the schema as Java DSL source, ready for",
                "strata generate --schema FILE.",
                "Reads only. The database it came from already has the schema: record the",
                "baseline there with `strata baseline --to 0000_<name>`.",
                ""})
final class PullCommand extends GlobalCommand {

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "baseline",
            description = "The baseline's name, snake_case (default: ${DEFAULT-VALUE}): the file is 0000_NAME.sql.")
    String name;

    @Option(names = {"-n", "--schema"}, paramLabel = "NAME", split = ",",
            description = "Only these schemas (repeat, or separate with commas). Default: all but the system and tracking schemas.")
    List<String> schemas = new ArrayList<>();

    @Option(names = {"-t", "--table"}, paramLabel = "GLOB", split = ",",
            description = "Only tables and views whose name matches GLOB (* any run, ? one character).")
    List<String> globs = new ArrayList<>();

    @Option(names = "--java", paramLabel = "FILE",
            description = "Also write the schema as Java DSL source to FILE (e.g. src/main/java/com/acme/db/Schema.java; "
                    + "the package comes from the folders after java/).")
    Path java;

    @Override
    public Integer call() {
        Path javaFile = java == null ? null : global.env().workingDir().resolve(java);
        PullResult result = global.strata().pull(new PullOptions(schemas, globs, name, javaFile));
        Environment env = global.env();
        if (global.json) {
            env.out().println(Json.write(json(result)));
            return 0;
        }
        Schema s = result.schema();
        if (!global.quiet) {
            env.out().printf("Read %d tables, %d views, %d enums, %d sequences, %d functions, %d triggers.%n",
                    s.tables().size(), s.views().size(), s.enums().size(), s.sequences().size(), s.functions().size(),
                    s.triggers().size());
            for (Path file : result.written()) {
                env.out().println("  wrote " + env.shown(file));
            }
        }
        env.out().printf("The baseline has %d statements. This database already has them: record it with%n"
                + "  strata baseline --to %s%n", result.statements(), result.tag());
        return 0;
    }


    private static Map<String, Object> json(PullResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tag", result.tag());
        out.put("statements", result.statements());
        out.put("tables", result.schema().tables().size());
        out.put("views", result.schema().views().size());
        out.put("enums", result.schema().enums().size());
        out.put("files", result.written().stream().map(Path::toString).toList());
        return out;
    }
}
