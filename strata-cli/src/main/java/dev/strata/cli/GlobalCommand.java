package dev.strata.cli;

import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * A subcommand that takes the global options; the error reporter reads them to report its way
 * (JSON, verbose). The only base class of the commands.
 */
abstract class GlobalCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    GlobalOptions global() {
        return global;
    }
}
