package dev.strata.core.lint;

import dev.strata.core.script.SqlSplitter;

import java.nio.file.Path;
import java.util.List;

/**
 * One migration file, split and tokenized, as every rule sees it.
 *
 * @param file       the file, for diagnostics
 * @param statements its statements in order
 */
record MigrationScript(Path file, List<LintStatement> statements) {
    MigrationScript {
        statements = List.copyOf(statements);
    }

    /** Throws {@code UnterminatedSqlException} when the text cannot be split. */
    static MigrationScript of(Path file, String text) {
        return new MigrationScript(file, SqlSplitter.split(text).stream().map(LintStatement::of).toList());
    }

    /** Whether a statement before {@code at} creates {@code table}: it is new, so empty and unseen by running code. */
    boolean createdBefore(Name table, LintStatement at) {
        return statements.stream()
                .filter(s -> s.index() < at.index())
                .anyMatch(s -> s.createdTable().map(table::sameAs).orElse(false));
    }

    /**
     * The findings of {@code rule} over every {@code ALTER TABLE} of a table that existed before this
     * migration (a table it creates is empty and unseen by running code, so nothing there is risky).
     */
    List<Finding> onExistingTables(java.util.function.BiFunction<LintStatement, AlterTable, java.util.stream.Stream<Finding>> rule) {
        return statements.stream().flatMap(s -> AlterTable.of(s)
                .filter(alter -> !createdBefore(alter.table(), s))
                .stream()
                .flatMap(alter -> rule.apply(s, alter)))
                .toList();
    }

    /** The statements after {@code at}. */
    List<LintStatement> after(LintStatement at) {
        return statements.subList(at.index(), statements.size());
    }
}
