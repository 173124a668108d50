package dev.strata.cli;

import dev.strata.core.ExitCode;
import picocli.CommandLine;

/** Bad usage: the message, a pointer to --help, exit 2. */
final class UsageErrorReporter implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, cl.getErr());
        cl.getErr().println("  fix: see `" + cl.getCommandSpec().qualifiedName() + " --help`");
        cl.getErr().flush();
        return ExitCode.BAD_INPUT;
    }
}
