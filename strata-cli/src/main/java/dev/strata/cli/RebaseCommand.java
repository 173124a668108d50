package dev.strata.cli;

import dev.strata.core.RebaseResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code strata rebase}: fix numbering and the snapshot chain after a merge. */
@Command(name = "rebase", mixinStandardHelpOptions = true,
        description = {
                "Renumber colliding migrations after a merge.",
                "",
                "Walks the journal in order: a migration whose number is not above the one",
                "before it (two 0061_*) gets the next number — file, down file, snapshot",
                "and journal tag; idx becomes the position and `when` increases. Then each",
                "snapshot's prevId is set to the previous snapshot's id. A snapshot that",
                "now follows the other branch's migration is regenerated: the folder is",
                "replayed in a shadow database and the schema read back (on a scratch copy",
                "first, so a migration that fails leaves the folder untouched). Refuses",
                "when a migration it would change is applied in the configured database.",
                "Prints every change; --dry-run changes nothing.",
                ""})
final class RebaseCommand extends GlobalCommand {

    @Option(names = "--dry-run", description = "Show the plan; change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        RebaseResult result = global.strata().rebase(dryRun);
        Environment env = global.env();
        if (global.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("dryRun", dryRun);
            out.put("actions", result.actions());
            out.put("warnings", result.warnings());
            env.out().println(Json.write(out));
            return 0;
        }
        result.warnings().forEach(w -> env.err().println("warning: " + w));
        if (result.actions().isEmpty()) {
            env.out().println("Nothing to rebase: numbers, idx, when and the snapshot chain are in order.");
            return 0;
        }
        env.out().println(dryRun ? "Would change:" : "Changed:");
        result.actions().forEach(a -> env.out().println("  " + a));
        return 0;
    }
}
