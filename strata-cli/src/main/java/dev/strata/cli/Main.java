package dev.strata.cli;

import dev.strata.core.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@code strata} command. */
@Command(name = "strata",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "PostgreSQL schema migrations, compatible with Drizzle Kit's folder",
                "(meta/_journal.json, NNNN_tag.sql) and drizzle-orm's tracking table.",
                "",
                "The database: --url, else DATABASE_URL, else database.url in strata.toml,",
                "else the embedded PostgreSQL under .strata/pg/ (started on first use).",
                "Run `strata COMMAND --help` for a command's options."},
        footerHeading = "%nExit codes:%n",
        footer = {
                "   0  success",
                "   1  the operation failed or found errors (SQL error, edited or",
                "      missing migrations)",
                "   2  bad usage, configuration or input files (journal, migration",
                "      files, strata.toml)",
                "   3  the database is unreachable, or its migration lock was not",
                "      free in time",
                "  70  internal error in Strata (please report it with --verbose)"})
public final class Main implements Runnable {
    /** An unexpected exception: a bug in Strata. */
    static final int INTERNAL_ERROR = 70;

    /** The subcommands, in the order {@code strata --help} lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(GenerateCommand.class, MigrateCommand.class,
            StatusCommand.class, CheckCommand.class, LintCommand.class, NewCommand.class, PushCommand.class,
            PullCommand.class, BaselineCommand.class, RepairCommand.class, RollbackCommand.class, RebaseCommand.class,
            InspectCommand.class, DbCommand.class, StudioCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(Environment.system(), args));
    }

    /** Runs the CLI with the given environment; the entry point of tests. */
    public static int execute(Environment env, String... args) {
        return commandLine(env, args).execute(args);
    }

    /**
     * The command line for {@code args}. picocli reads every option of every command it is given, which took a
     * fifth of a second at each start; when {@code args} begin with a command's name, only that command is given,
     * and {@code help}, {@code --version} and mistyped commands get them all.
     */
    static CommandLine commandLine(Environment env, String... args) {
        CommandFactory factory = new CommandFactory(env);
        CommandLine cl = new CommandLine(new Main(), factory);
        List<Class<?>> named = args.length == 0 ? List.of()
                : SUBCOMMANDS.stream().filter(c -> c != CommandLine.HelpCommand.class)
                        .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).toList();
        for (Class<?> c : named.isEmpty() ? SUBCOMMANDS : named) {
            cl.addSubcommand(new CommandLine(c, factory));
        }
        cl.setOut(env.out());
        cl.setErr(env.err());
        cl.setExecutionExceptionHandler(new ErrorReporter());
        cl.setExitCodeExceptionMapper(e -> ExitCode.BAD_INPUT);
        cl.setParameterExceptionHandler(new UsageErrorReporter());
        return cl;
    }

    static PrintWriter writer(java.io.OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
