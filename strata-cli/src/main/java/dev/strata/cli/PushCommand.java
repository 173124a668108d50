package dev.strata.cli;

import dev.strata.core.ExitCode;
import dev.strata.core.PushOptions;
import dev.strata.core.PushResult;
import dev.strata.core.PushStatements;
import dev.strata.core.Strata;
import dev.strata.core.model.Schema;
import dev.strata.core.plan.Hazard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code strata push}: make a development database match the schema directly. */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {
                "Make the database match the schema as code, directly (development).",
                "",
                "Builds the schema (--schema) in a shadow database, diffs the live schema against",
                "it and runs the difference in one transaction under the migration lock. Writes",
                "no migration and no tracking row: use generate + migrate for anything shared.",
                "Prints the plan, in the order it runs; changes that may lose data (drop table or",
                "column, narrowing type, NOT NULL without default, enum value removal, drop or",
                "restart of a sequence) are refused unless --force. --dry-run runs nothing.",
                "A .sql schema's extensions, domains, functions and triggers are pushed too;",
                "with a Java schema the database's own are left alone.",
                "Enum values the plan adds (ALTER TYPE ... ADD VALUE) are added first, in a",
                "separate transaction committed before the rest (same lock), because PostgreSQL",
                "lets a transaction use a new value (in a default, check, index or type change)",
                "only after that commit; the plan says so. If the rest then fails it is rolled",
                "back, and the added values stay (they change nothing that exists).",
                ""})
final class PushCommand extends GlobalCommand {
    @Mixin
    SchemaSourceOptions source;

    @Mixin
    RenameAnswers answers;

    @Option(names = "--force", description = "Run even when a change may lose data.")
    boolean force;

    @Option(names = "--dry-run", description = "Show the plan; run nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Environment env = global.env();
        Strata strata = global.strata(c -> source.apply(c, env.workingDir()));
        Schema desired = source.load(strata, env.workingDir());
        PushOptions options = new PushOptions(answers.given(), force, dryRun, source.declaresDatabaseObjects(strata));
        PushResult result = strata.push(desired, options);
        while (result.outcome() == PushResult.Outcome.NEEDS_ANSWERS) {
            options = RenameAnswers.ask(env, global.yes, result.unresolved(), options, PushOptions::withRename);
            result = strata.push(desired, options);
        }
        int exit = result.outcome() == PushResult.Outcome.REFUSED ? ExitCode.FAILED : ExitCode.OK;
        if (global.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("outcome", result.outcome().name().toLowerCase(java.util.Locale.ROOT));
            out.put("statements", result.statements().all());
            out.put("enumValuesFirst", result.statements().enumValues());
            out.put("hazards", result.hazards().stream().map(h -> h.object() + ": " + h.message()).toList());
            env.out().println(Json.write(out));
            return exit;
        }
        print(env, result);
        return exit;
    }

    private void print(Environment env, PushResult result) {
        if (result.outcome() == PushResult.Outcome.NO_CHANGES) {
            env.out().println("The database already matches the schema.");
            return;
        }
        PushStatements statements = result.statements();
        if (!global.quiet || result.outcome() != PushResult.Outcome.APPLIED) {
            printPlan(env, statements);
        }
        for (Hazard h : result.hazards()) {
            env.out().println("warning: " + h.object() + ": " + h.message());
        }
        String transactions = statements.addsEnumValuesFirst()
                ? " (enum values added first in a separate transaction, then the rest in one transaction)" : "";
        env.out().println(switch (result.outcome()) {
            case APPLIED -> "Pushed " + statements.size() + " statements" + transactions + ".";
            case PLANNED -> "Dry run: " + statements.size() + " statements would run" + transactions + ".";
            case REFUSED -> "Refused: " + result.hazards().size() + " change(s) may lose data. Nothing ran. "
                    + "Run again with --force to accept that, or change the schema.";
            default -> "";
        });
    }

    /** The statements, as SQL; when the enum values go first, SQL comments say which transaction runs what. */
    private static void printPlan(Environment env, PushStatements statements) {
        if (statements.addsEnumValuesFirst()) {
            env.out().println("-- enum values are added first, in a separate transaction committed before the rest:");
            env.out().println("-- PostgreSQL lets a transaction use a new enum value only after that commit");
            statements.enumValues().forEach(s -> env.out().println(s));
            env.out().println("-- then the rest, in one transaction:");
        }
        statements.rest().forEach(s -> env.out().println(s));
    }
}
