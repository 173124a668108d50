package dev.strata.cli;

import dev.strata.core.NewMigrationOptions;
import dev.strata.core.NewMigrationResult;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code strata new}: a hand-written migration from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {
                "Write a new hand-written migration from a template.",
                "",
                "The file opens with the header teams review (Migration, Description, Tables",
                "Affected, Breaking Changes, Rollback, Dependencies) and advice for its type:",
                "table, column, index (CONCURRENTLY, alone in its file), data (batches) or",
                "other. Numbered (NNNN_name.sql + journal entry + a copy of the last snapshot,",
                "as drizzle-kit generate --custom writes) or --manual (name.sql, outside the",
                "journal). On a terminal it asks for what the flags do not give; without one,",
                "--name is required. Needs no database. The template is only comments, and",
                "strata migrate refuses a migration with no statement, so an unfilled one",
                "is never recorded as applied.",
                ""})
final class NewCommand extends GlobalCommand {

    @Option(names = "--name", paramLabel = "NAME", description = "snake_case name, e.g. add_orders_table.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "table, column, index, data or other (default: other).")
    String type;

    @Option(names = {"-m", "--description"}, paramLabel = "TEXT", description = "One line for the header (default: the name in words).")
    String description;

    @Option(names = "--manual", description = "A manual migration: not in the journal (drizzle-kit ignores it; Strata applies it).")
    boolean manual;

    @Override
    public Integer call() {
        Environment env = global.env();
        Console console = env.terminal() ? System.console() : null;
        if (console != null) {
            name = name != null ? name : ask(console, "Name (snake_case): ", null);
            description = description != null ? description : ask(console, "Description: ", "");
            type = type != null ? type : ask(console, "Type (table/column/index/data/other) [other]: ", "other");
        }
        if (name == null) {
            throw new StrataException.Input(Problem.of("new.no-name", "no migration name given",
                    "pass --name snake_case_name (and --type, -m), or run on a terminal to be asked"));
        }
        NewMigrationOptions.Type kind = type == null ? NewMigrationOptions.Type.OTHER : NewMigrationOptions.Type.parse(type);
        NewMigrationResult result = global.strata().newMigration(new NewMigrationOptions(name, kind, description, manual));
        if (global.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("name", result.name());
            out.put("manual", result.manual());
            out.put("files", result.written().stream().map(Path::toString).toList());
            env.out().println(Json.write(out));
            return 0;
        }
        env.out().println("Created " + (result.manual() ? "manual migration " : "migration ") + result.name() + ":");
        result.written().forEach(f -> env.out().println("  " + env.shown(f)));
        return 0;
    }

    private static String ask(Console console, String prompt, String fallback) {
        String answer = console.readLine(prompt);
        return answer == null || answer.isBlank() ? fallback : answer.strip();
    }
}
