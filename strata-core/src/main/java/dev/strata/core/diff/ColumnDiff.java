package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.Defaults;
import dev.strata.core.model.QualifiedName;

import java.util.List;
import java.util.Objects;

/** One column present before and after: type and collation, generated expression, default, nullability, identity. */
final class ColumnDiff {
    private ColumnDiff() {
    }

    /**
     * The changes for one column, in drizzle-kit's order: type (with collation), default, not null, identity.
     *
     * @param serial whether the column is {@code serial} on both sides (then defaults are not compared)
     */
    static void diff(QualifiedName table, Column a, Column b, boolean serial, List<Change> out) {
        // PostgreSQL changes a collation with the type (SET DATA TYPE ... COLLATE), and only so
        boolean typeChanged = !a.type().equals(b.type()) || !Objects.equals(a.collation(), b.collation());
        if (!Objects.equals(a.generated(), b.generated())) {
            if (typeChanged && a.generated() != null && b.generated() != null) {
                out.add(new Change.AlterColumnType(table, a, b));
            }
            out.add(new Change.AlterColumnGenerated(table, a, b));
            return;
        }
        if (typeChanged) {
            out.add(new Change.AlterColumnType(table, a, b));
        }
        if (!serial && !Objects.equals(Defaults.normalize(a.defaultSql()), Defaults.normalize(b.defaultSql()))) {
            if (b.defaultSql() == null) {
                out.add(new Change.DropDefault(table, b.name(), a.defaultSql()));
            } else if (!typeChanged) {
                out.add(new Change.SetDefault(table, b.name(), b.defaultSql(), a.defaultSql()));
            }
        }
        if (a.notNull() != b.notNull()) {
            out.add(b.notNull() ? new Change.SetNotNull(table, b) : new Change.DropNotNull(table, b));
        }
        if (!Objects.equals(a.identity(), b.identity())) {
            if (a.identity() == null) {
                out.add(new Change.AddIdentity(table, b.name(), b.identity()));
            } else if (b.identity() == null) {
                out.add(new Change.DropIdentity(table, b.name(), a.identity()));
            } else {
                out.add(new Change.AlterIdentity(table, b.name(), a.identity(), b.identity()));
            }
        }
    }
}
