package dev.strata.cli;

/** A subcommand with the global options, so errors can be reported its way (JSON, verbose). */
interface StrataCommand {
    GlobalOptions global();
}
