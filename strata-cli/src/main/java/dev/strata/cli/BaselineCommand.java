package dev.strata.cli;

import dev.strata.core.BaselineResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code strata baseline}: bring an existing database under management. */
@Command(name = "baseline", mixinStandardHelpOptions = true,
        description = {
                "Record migrations as applied without running them.",
                "",
                "For a database built by hand, by scripts or before Strata (see strata pull):",
                "records every journal migration up to and including --to in the tracking",
                "table, so strata migrate (and drizzle-orm's migrator) start after it.",
                "First replays the folder up to --to into a shadow database and compares it",
                "with the database object by object; any difference refuses the baseline",
                "and lists what differs, unless --force. Refuses when a later migration is",
                "already applied.",
                ""})
final class BaselineCommand extends GlobalCommand {

    @Option(names = "--to", required = true, paramLabel = "TAG",
            description = "The last migration the database already has, e.g. 0000_baseline.")
    String to;

    @Option(names = "--force", description = "Record even if the database differs from the folder (differences are still listed).")
    boolean force;

    @Override
    public Integer call() {
        BaselineResult result = global.strata().baseline(to, force);
        Environment env = global.env();
        if (global.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("recorded", result.recorded());
            out.put("differences", result.differences().stream().map(d -> d.describe("folder", "database")).toList());
            env.out().println(Json.write(out));
            return 0;
        }
        result.differences().forEach(d -> env.err().println("warning: " + d.describe("the folder", "the database")));
        if (result.recorded().isEmpty()) {
            env.out().println("Nothing to record: every migration up to " + to + " is already applied.");
        } else {
            env.out().println("Recorded as applied without running (" + result.recorded().size() + "):");
            result.recorded().forEach(name -> env.out().println("  " + name));
            env.out().println("strata migrate now applies what comes after " + to + ".");
        }
        return 0;
    }
}
