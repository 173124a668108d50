package dev.strata.cli;

import dev.strata.core.embedded.EmbeddedPostgres;
import dev.strata.core.embedded.RunningServer;
import dev.strata.core.embedded.ServerStatus;
import dev.strata.core.embedded.StopResult;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code strata db}: the project's embedded PostgreSQL. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = {
                "Manage the embedded PostgreSQL (used when no database is configured).",
                "",
                "Its data lives under .strata/pg/ of the project (the folder of strata.toml,",
                "else the current folder). As root, the server runs as an unprivileged user",
                "(STRATA_EMBEDDED_USER, default nobody). Point other tools at it with:",
                "  psql \"$(strata db url)\"",
                ""},
        subcommands = {DbCommand.Start.class, DbCommand.Stop.class, DbCommand.Status.class, DbCommand.Url.class})
final class DbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static EmbeddedPostgres server(GlobalOptions global) {
        return EmbeddedPostgres.forProject(global.config().projectDir());
    }

    @Command(name = "start", mixinStandardHelpOptions = true, description = "Start the embedded server (made on first use) and print its URL.")
    static final class Start extends GlobalCommand {
        @Override
        public Integer call() {
            RunningServer s = server(global).ensureRunning();
            Environment env = global.env();
            s.notices().forEach(n -> env.err().println("note: " + n));
            if (global.json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("status", "ok");
                doc.put("url", s.url().libpqUrl());
                doc.put("pid", s.pid());
                doc.put("port", s.port());
                doc.put("version", s.version());
                doc.put("dataDirectory", Json.path(s.dataDirectory()));
                doc.put("user", s.user());
                doc.put("start", s.start().name().toLowerCase(java.util.Locale.ROOT));
                doc.put("elapsedMs", s.elapsed().toMillis());
                env.out().println(Json.write(doc));
            } else {
                env.out().println("PostgreSQL " + s.version() + " " + s.start().name().toLowerCase(java.util.Locale.ROOT)
                        + " in " + Durations.human(s.elapsed().toMillis()) + " (pid " + s.pid() + ", user " + s.user() + ")");
                env.out().println("url:  " + s.url().libpqUrl());
                env.out().println("data: " + s.dataDirectory());
                env.out().println("log:  " + s.logFile());
            }
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the embedded server (fast shutdown); its data stays.")
    static final class Stop extends GlobalCommand {
        @Override
        public Integer call() {
            StopResult r = server(global).stop();
            Environment env = global.env();
            if (global.json) {
                env.out().println(Json.write(Json.object("status", "ok", "wasRunning", r.wasRunning(), "pid", r.pid())));
            } else {
                env.out().println(r.wasRunning() ? "stopped the embedded server (pid " + r.pid() + ")" : "the embedded server was not running");
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Show whether the embedded server runs, where and as whom.")
    static final class Status extends GlobalCommand {
        @Override
        public Integer call() {
            ServerStatus s = server(global).status();
            Environment env = global.env();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("state", s.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            doc.put("url", s.url() == null ? null : s.url().libpqUrl());
            doc.put("pid", s.pid() == 0 ? null : s.pid());
            doc.put("port", s.port() == 0 ? null : s.port());
            doc.put("version", s.version());
            doc.put("dataDirectory", Json.path(s.dataDirectory()));
            doc.put("logFile", Json.path(s.logFile()));
            doc.put("user", s.user());
            if (global.json) {
                env.out().println(Json.write(doc));
            } else {
                doc.forEach((k, v) -> {
                    if (v != null) {
                        env.out().println(String.format("%-14s %s", k + ":", v));
                    }
                });
            }
            return 0;
        }
    }

    @Command(name = "url", mixinStandardHelpOptions = true,
            description = "Print the embedded server's URL (starting it if needed), for other tools: psql \"$(strata db url)\".")
    static final class Url extends GlobalCommand {
        @Override
        public Integer call() {
            RunningServer s = server(global).ensureRunning();
            s.notices().forEach(n -> global.env().err().println("note: " + n));
            global.env().out().println(s.url().libpqUrl());
            return 0;
        }
    }
}
