package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code strata repair}: make the tracking tables agree with intentional changes. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {
                "Accept edited migrations and clear failed attempts.",
                "",
                "For every applied migration whose file was edited on purpose since, the",
                "tracking rows take the file's new hash and checksum (drizzle-orm's row",
                "too), so status and migrate stop calling it edited. Failed attempts are",
                "removed from the history, so the fixed migration is pending again.",
                "Interrupted non-transactional attempts are kept: strata migrate resumes them.",
                "Runs under the migration lock, in one transaction; prints every change.",
                "--dry-run prints them without changing anything.",
                ""})
final class RepairCommand extends GlobalCommand {

    @Option(names = "--dry-run", description = "Show what would change; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        List<String> changes = global.strata().repair(dryRun);
        Environment env = global.env();
        if (global.json) {
            env.out().println(Json.write(Json.object("dryRun", dryRun, "changes", changes)));
            return 0;
        }
        if (changes.isEmpty()) {
            env.out().println("Nothing to repair: no edited applied migration and no failed attempt.");
            return 0;
        }
        env.out().println(dryRun ? "Would change:" : "Changed:");
        changes.forEach(c -> env.out().println("  " + c));
        return 0;
    }
}
