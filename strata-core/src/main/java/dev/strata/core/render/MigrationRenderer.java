package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.plan.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Plan → migration text, up and down, in drizzle-kit 0.31's statement style (quoting, names, layout), so that a
 * generated file equals what drizzle-kit writes for the same change. Pure: no database.
 */
public final class MigrationRenderer {
    private static final List<Function<Change, List<String>>> KINDS = List.of(
            ObjectSql::of, TableSql::of, ColumnSql::of, ConstraintSql::of, PolicySql::of, CommentDdl::of, DatabaseObjectSql::of);

    private MigrationRenderer() {
    }

    /** The up statements of {@code plan}, the down statements (its steps' reverses) and the irreversibility reasons. */
    public static RenderedMigration render(Plan plan) {
        return new RenderedMigration(statements(plan.changes()), statements(plan.reverseChanges()),
                plan.irreversibleReasons());
    }

    /** The statements for {@code changes}, in the given order. */
    public static List<String> statements(List<Change> changes) {
        List<String> out = new ArrayList<>();
        changes.forEach(c -> out.addAll(statements(c)));
        return out;
    }

    /** The statements for one change. */
    public static List<String> statements(Change change) {
        for (Function<Change, List<String>> kind : KINDS) {
            List<String> sql = kind.apply(change);
            if (sql != null) {
                return sql;
            }
        }
        throw new IllegalStateException("no SQL for " + change.getClass().getSimpleName());
    }
}
