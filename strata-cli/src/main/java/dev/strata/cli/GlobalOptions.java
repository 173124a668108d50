package dev.strata.cli;

import dev.strata.core.config.ConfigLoader;
import dev.strata.core.config.ConfigRequest;
import dev.strata.core.config.StrataConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Options every command takes (a picocli mixin). */
public final class GlobalOptions {
    private final Environment env;

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (postgres://, postgresql:// or jdbc:postgresql://). Default: DATABASE_URL, "
                    + "then database.url in strata.toml, then the embedded PostgreSQL.")
    String url;

    @Option(names = "--shadow-url", paramLabel = "URL",
            description = "Where throwaway (shadow) databases are made. Default: database.shadow_url in strata.toml, else "
                    + "the configured server when its user may create databases, else the embedded PostgreSQL.")
    String shadowUrl;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Migrations folder. Default: migrations.dir in strata.toml, else ./migrations.")
    Path dir;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file. Default: ./strata.toml if it exists.")
    Path config;

    @Option(names = "--tracking-schema", paramLabel = "NAME",
            description = "Schema of drizzle's tracking table (drizzle's migrationsSchema). Default: drizzle.")
    String trackingSchema;

    @Option(names = "--tracking-table", paramLabel = "NAME",
            description = "Name of drizzle's tracking table (drizzle's migrationsTable). Default: __drizzle_migrations.")
    String trackingTable;

    @Option(names = "--json", description = "Print one JSON document on stdout and nothing else there.")
    boolean json;

    @Option(names = "--yes", description = "Never prompt (a prompt without a terminal is an error, not a hang).")
    boolean yes;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the final result.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print more, and stack traces with errors.")
    boolean verbose;

    GlobalOptions(Environment env) {
        this.env = env;
    }

    Environment env() {
        return env;
    }

    /** Strata for this configuration; notices about the embedded server go to stderr. */
    dev.strata.core.Strata strata() {
        return strata(java.util.function.UnaryOperator.identity());
    }

    /** Strata for this configuration as a command's own options change it ({@code --schema}). */
    dev.strata.core.Strata strata(java.util.function.UnaryOperator<StrataConfig> adjust) {
        return new dev.strata.core.Strata(adjust.apply(config()), new dev.strata.core.DatabaseLocator(
                notice -> {
                    if (!quiet) {
                        env.err().println("note: " + notice);
                    }
                }));
    }

    StrataConfig config() {
        return ConfigLoader.load(new ConfigRequest(url, dir, config, trackingSchema, trackingTable, shadowUrl,
                env.env(), env.workingDir()));
    }
}
