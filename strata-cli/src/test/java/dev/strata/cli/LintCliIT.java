package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code strata lint} from the command line: findings with file and line, suppression, exit codes. */
class LintCliIT {
    @TempDir
    Path dir;

    @Test
    void findingsNameFileLineAndFixAndFailOnlyWithStrict() throws IOException {
        Files.writeString(dir.resolve("0001_risky.sql"), """
                SET lock_timeout = '5s';
                --> statement-breakpoint
                ALTER TABLE users ADD COLUMN plan text NOT NULL;
                --> statement-breakpoint
                -- strata:ignore drop-column the column was unused since v2
                ALTER TABLE users DROP COLUMN legacy;
                """);
        CliRun run = CliRun.run(dir, "lint", "0001_risky.sql");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0001_risky.sql:3: warning add-column-not-null-without-default", "fix: ")
                .doesNotContain("drop-column");
        assertThat(CliRun.run(dir, "lint", "--strict", "0001_risky.sql").exitCode()).isEqualTo(1);
    }

    @Test
    void listIsJsonWithEveryRuleAndMissingFilesAreErrors() throws IOException {
        CliRun list = CliRun.run(dir, "lint", "--list", "--json");
        JsonNode rules = new ObjectMapper().readTree(list.out());
        assertThat(rules.size()).isGreaterThanOrEqualTo(14);
        assertThat(rules.findValuesAsText("id")).contains("create-index-not-concurrently", "lock-timeout-not-set");
        CliRun missing = CliRun.run(dir, "lint", "nope.sql");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).contains("nope.sql", "lint.unreadable");
    }

    @Test
    void helpListsEveryCommandAndEachHasItsOwnHelp() {
        String help = CliRun.run(dir, "--help").out();
        for (String command : new String[] {"generate", "push", "migrate", "status", "check", "lint", "new", "pull", "baseline", "repair", "rebase", "rollback", "inspect", "db", "studio"}) {
            assertThat(help).containsPattern("\\n  " + command + " +[A-Z]");
            CliRun own = CliRun.run(dir, command, "--help");
            assertThat(own.exitCode()).as(command + " --help").isZero();
            assertThat(own.out()).startsWith("Usage: strata " + command);
        }
    }
}
