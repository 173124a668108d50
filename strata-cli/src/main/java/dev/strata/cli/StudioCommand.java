package dev.strata.cli;

import dev.strata.core.Strata;
import dev.strata.studio.StudioOptions;
import dev.strata.studio.StudioServer;
import dev.strata.studio.StudioToken;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code strata studio}: the web UI. */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {
                "Browse the database in a web page (Strata Studio).",
                "",
                "Pages: the schema (tables, columns, keys, indexes with sizes, enums,",
                "sequences, views, policies, comments), the ER diagram, the rows of any",
                "table (sorted, filtered, paged by key), the migrations with their status",
                "and drift, and a SQL console.",
                "",
                "Prints a URL with a random token and waits until Ctrl-C; it opens no",
                "browser. Every request needs the token (the first visit trades it for",
                "a cookie). Read-only unless --write: the console's statements run in a",
                "READ ONLY transaction that is rolled back, and edits are refused; with",
                "--write, edits are applied in one transaction after showing their SQL.",
                ""})
final class StudioCommand extends GlobalCommand {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|min)?");

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + StudioOptions.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}). Anything but 127.0.0.1, localhost or ::1 "
                    + "lets other machines in: anyone who reaches it with the token can read the database.")
    String host;

    @Option(names = "--write", description = "Allow changing data: saving edits in the grid, and SQL that writes in the console.")
    boolean write;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", defaultValue = "5s",
            description = "Longest a statement the studio runs may take: 500ms, 5s, 2min (default: ${DEFAULT-VALUE}).")
    String statementTimeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        StudioOptions options = new StudioOptions(host, port, write, duration(statementTimeout), StudioToken.random());
        Strata strata = global.strata();
        Environment env = global.env();
        StudioServer server = new StudioServer(options, strata);
        CountDownLatch stopped = new CountDownLatch(1);
        server.start();
        Thread hook = new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "strata-studio-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean interrupted = false;
        try {
            announce(env, options, server.startUrl(), strata.databaseUrl().redacted());
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped by whoever ran us in-process (tests); Ctrl-C goes through the hook instead.
            interrupted = true;
        } finally {
            server.stop();
            removeHook(hook);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void announce(Environment env, StudioOptions options, String url, String database) {
        if (!options.loopbackOnly()) {
            env.err().println("warning: listening on " + host + ": anyone who can reach this address and has the token"
                    + " can read the database" + (write ? " and change it" : ""));
        }
        env.out().println("Strata Studio: " + url);
        if (!global.quiet) {
            env.out().println((write ? "Read-write" : "Read-only") + " on " + database + ". Press Ctrl-C to stop.");
        }
        env.out().flush();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already stopping: the hook is running or has run.
        }
    }

    private Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--statement-timeout: not a positive duration: '"
                    + text + "' (write it as 500ms, 5s or 2min)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "min" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
