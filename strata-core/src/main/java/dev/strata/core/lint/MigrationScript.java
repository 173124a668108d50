package dev.strata.core.lint;

import dev.strata.core.script.SqlSplitter;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One migration file, split and tokenized, as every rule sees it.
 *
 * @param file       the file, for diagnostics
 * @param statements its statements in order
 * @param creates    each table a {@code CREATE TABLE} makes (by {@link Name#key}) → the index of the first such statement
 */
record MigrationScript(Path file, List<LintStatement> statements, Map<String, Integer> creates) {
    MigrationScript {
        statements = List.copyOf(statements);
        creates = Map.copyOf(creates);
    }

    MigrationScript(Path file, List<LintStatement> statements) {
        this(file, statements, creates(statements));
    }

    // Found once per script: asked per statement, a scan of the earlier ones made the lint of a 5,000-table
    // baseline (15,000 statements) quadratic — minutes.
    private static Map<String, Integer> creates(List<LintStatement> statements) {
        Map<String, Integer> out = new HashMap<>();
        for (LintStatement s : statements) {
            s.createdTable().ifPresent(t -> out.merge(t.key(), s.index(), Math::min));
        }
        return out;
    }

    /** Throws {@code UnterminatedSqlException} when the text cannot be split. */
    static MigrationScript of(Path file, String text) {
        return new MigrationScript(file, SqlSplitter.split(text).stream().map(LintStatement::of).toList());
    }

    /** Whether a statement before {@code at} creates {@code table}: it is new, so empty and unseen by running code. */
    boolean createdBefore(Name table, LintStatement at) {
        Integer first = creates.get(table.key());
        return first != null && first < at.index();
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
