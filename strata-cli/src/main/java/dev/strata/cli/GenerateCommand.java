package dev.strata.cli;

import dev.strata.core.ExitCode;
import dev.strata.core.GenerateOptions;
import dev.strata.core.GenerateResult;
import dev.strata.core.Strata;
import dev.strata.core.config.MigrationPrefix;
import dev.strata.core.config.MigrationStyle;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Hazard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code strata generate}: the next migration from the schema as code. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {
                "Write the next migration from the schema as code.",
                "",
                "Diffs the schema (--schema: .java files, a .sql file, or --schema-class) against",
                "the folder's last snapshot and writes, in drizzle-kit's format:",
                "  NNNN_<name>.sql          the statements, drizzle-kit's style and names",
                "  NNNN_<name>.down.sql     how to undo it (strata rollback); drizzle ignores it;",
                "                           starts with -- strata:irreversible when data cannot",
                "                           come back (a dropped column, a restarted sequence)",
                "  meta/NNNN_snapshot.json  the new schema, prevId = the last snapshot's id",
                "  meta/_journal.json       the new entry",
                "Changes that may lose data are listed before anything is written (on a",
                "terminal it asks whether to write; --yes or no terminal writes); lint runs on",
                "the new migration. New sequence bounds that exclude the old start end in",
                "RESTART WITH the new start (PostgreSQL refuses them otherwise), listed too.",
                "A schema, table, column, enum, sequence or view that disappeared while",
                "another appeared may be a rename: Strata asks on a terminal and otherwise",
                "needs --rename or --new. A key, unique, check,",
                "foreign key or index that only changed its name (as default names do with",
                "their table) is renamed in place, not dropped and rebuilt.",
                "A .sql schema's extensions, domains, functions and triggers are diffed too;",
                "a Java schema cannot declare them and leaves them as they are.",
                "NNNN is the migration's number (--prefix index, the default) or the time of",
                "generation: UTC YYYYMMDDHHMMSS (timestamp, supabase) or epoch seconds (unix).",
                "A folder keeps the style it has; a --prefix that contradicts it is refused.",
                "A time prefix never repeats: a generate in the same second as the last one",
                "takes the next second. --no-breakpoints joins statements with newlines",
                "instead of --> statement-breakpoint (drizzle's migrator then runs the file",
                "as one query).",
                "Both may be set in strata.toml ([generate] prefix, breakpoints); flags win.",
                "Nothing touches a database (a .sql schema runs in a shadow database).",
                ""})
final class GenerateCommand extends GlobalCommand {
    @Mixin
    SchemaSourceOptions source;

    @Mixin
    RenameAnswers answers;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The migration's name, snake_case. Default: init for the first, then made from the changes "
                    + "(create_users, add_users_email_and_2_more...).")
    String name;

    @Option(names = "--custom", description = "Write an empty migration for hand-written SQL (with a copy of the last snapshot).")
    boolean custom;

    @Option(names = "--prefix", paramLabel = "STYLE",
            description = "How the tag starts (drizzle-kit's migrations.prefix): index (0007_name), timestamp or supabase "
                    + "(UTC YYYYMMDDHHMMSS_name), unix (epoch seconds). Not none: drizzle-kit then names every snapshot "
                    + "meta/_snapshot.json, overwriting the last one, and its own folder reader skips that file. "
                    + "Default: [generate] prefix in strata.toml, else the folder's style, else index. A style that "
                    + "contradicts the folder's (index on a timestamp folder) is refused.")
    String prefix;

    @Option(names = "--breakpoints", negatable = true,
            description = "Join statements with --> statement-breakpoint (drizzle-kit's breakpoints); --no-breakpoints "
                    + "joins them with newlines and the journal entry says \"breakpoints\": false. Default: [generate] "
                    + "breakpoints in strata.toml, else what the folder's last migration did, else on.")
    Boolean breakpoints;

    @Override
    public Integer call() {
        Environment env = global.env();
        // checked before the schema is compiled, so a bad --prefix fails fast
        MigrationStyle style = new MigrationStyle(prefix == null ? null : MigrationPrefix.parse(prefix, "--prefix", null),
                breakpoints);
        Strata strata = global.strata(c -> source.apply(c, env.workingDir()));
        Supplier<Schema> desired = loadedOnce(() -> source.load(strata, env.workingDir()));
        GenerateOptions options = new GenerateOptions(name, custom, answers.given(), style,
                source.declaresDatabaseObjects(strata));
        GenerateResult result = strata.generate(desired, options, this::writeAnyway);
        while (result.outcome() == GenerateResult.Outcome.NEEDS_ANSWERS) {
            options = RenameAnswers.ask(env, global.yes, result.unresolved(), options, GenerateOptions::withRename);
            result = strata.generate(desired, options, this::writeAnyway);
        }
        if (global.json) {
            env.out().println(Json.write(json(result)));
            return 0;
        }
        if (result.outcome() == GenerateResult.Outcome.NO_CHANGES) {
            env.out().println("No schema changes: nothing to write.");
            return 0;
        }
        if (result.outcome() == GenerateResult.Outcome.DECLINED) {
            env.out().println("Nothing written.");
            return ExitCode.FAILED;
        }
        print(env, result);
        return 0;
    }

    /** The schema is loaded (compiled) on the first call only: answering a rename asks generate again. */
    private static Supplier<Schema> loadedOnce(Supplier<Schema> load) {
        Schema[] loaded = new Schema[1];
        return () -> {
            if (loaded[0] == null) {
                loaded[0] = load.get();
            }
            return loaded[0];
        };
    }

    /**
     * Lists the hazards before anything is written (on stderr with --json); on a terminal, unless --yes,
     * asks whether to write the migration anyway. Without a terminal it writes: the files are for review.
     */
    private boolean writeAnyway(List<Hazard> hazards) {
        Environment env = global.env();
        PrintWriter to = global.json ? env.err() : env.out();
        hazards.forEach(h -> to.println("warning: " + h.object() + ": " + h.message()));
        to.flush();
        Console console = env.terminal() && !global.yes ? System.console() : null;
        if (console == null) {
            return true;
        }
        String answer = console.readLine("%d change(s) may lose data. Write the migration? [y/N] ", hazards.size());
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    private void print(Environment env, GenerateResult result) {
        env.out().println("Wrote migration " + result.tag() + " (" + result.statements().size() + " statements):");
        result.written().forEach(f -> env.out().println("  " + env.shown(f)));
        result.irreversible().forEach(r -> env.out().println("  down file: irreversible: " + r));
        DiagnosticsView.lines(env, result.lint(), true);
        if (!global.quiet) {
            env.out().println("Review it, then apply it with strata migrate.");
        }
    }

    private static Map<String, Object> json(GenerateResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        out.put("tag", result.tag());
        out.put("files", result.written().stream().map(Path::toString).toList());
        out.put("statements", result.statements());
        out.put("hazards", result.hazards().stream().map(h -> Json.object("kind", h.kind().name(), "object", h.object(),
                "message", h.message())).toList());
        out.put("irreversible", result.irreversible());
        out.put("lint", result.lint().stream().map(d -> d.rule() + ": " + d.message()).toList());
        return out;
    }
}
