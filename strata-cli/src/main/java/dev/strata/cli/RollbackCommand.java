package dev.strata.cli;

import dev.strata.core.apply.RollbackOptions;
import dev.strata.core.apply.RollbackResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code strata rollback}: undo applied migrations with their down files. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = {
                "Undo applied migrations with their down files.",
                "",
                "Runs <name>.down.sql (beside each migration; drizzle tools ignore it) for",
                "the newest applied migrations, newest first, each in one transaction with",
                "the removal of its tracking rows, so drizzle-orm's migrator sees it as not",
                "applied. A statement that uses an enum value the file added before it",
                "starts a new transaction (PostgreSQL allows it only after a commit), and",
                "CREATE/DROP INDEX CONCURRENTLY runs on its own; --dry-run shows where.",
                "Every down file is read first: a missing one stops the rollback",
                "before anything runs. A down file containing -- strata:irreversible is",
                "refused unless --force. Takes the migration lock.",
                ""})
final class RollbackCommand extends GlobalCommand {

    @Option(names = "--steps", paramLabel = "N", defaultValue = "1", description = "How many migrations to undo (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--to", paramLabel = "NAME", description = "Undo every applied migration after NAME (NAME stays applied).")
    String to;

    @Option(names = "--dry-run", description = "Print the down SQL; change nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Also run down files marked -- strata:irreversible.")
    boolean force;

    @Override
    public Integer call() {
        RollbackResult result = global.strata().rollback(new RollbackOptions(steps, to, dryRun, force));
        Environment env = global.env();
        if (global.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dryRun", dryRun);
            out.put("rolledBack", result.rolledBack());
            out.put("sql", result.dryRunSql());
            env.out().println(Json.write(out));
        } else if (dryRun) {
            env.out().print(result.dryRunSql());
            env.out().flush();
        } else {
            result.rolledBack().forEach(name -> env.out().println("rolled back " + name));
            env.out().println("Rolled back " + result.rolledBack().size() + " migration(s).");
        }
        return 0;
    }
}
