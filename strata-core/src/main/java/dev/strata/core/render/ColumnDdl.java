package dev.strata.core.render;

import dev.strata.core.model.Column;
import dev.strata.core.model.Identity;

/** One column definition inside {@code CREATE TABLE}. */
final class ColumnDdl {
    private ColumnDdl() {
    }

    /** {@code "c" type [COLLATE] [GENERATED ...] [DEFAULT ...] [NOT NULL]}, in drizzle-kit's order. */
    static String definition(Column column) {
        StringBuilder sql = new StringBuilder(Identifiers.quote(column.name()))
                .append(' ').append(TypeDdl.columnType(column.type()));
        if (column.collation() != null) {
            sql.append(" COLLATE ").append(Identifiers.quote(column.collation()));
        }
        if (column.generated() != null) {
            sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
        }
        if (column.identity() != null) {
            sql.append(' ').append(identity(column.identity()));
        }
        if (column.defaultSql() != null) {
            sql.append(" DEFAULT ").append(column.defaultSql());
        }
        if (column.notNull()) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    private static String identity(Identity identity) {
        return "GENERATED " + (identity.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY (sequence name "
                + Identifiers.qualified(identity.sequence()) + " " + SequenceDdl.options(identity.options()) + ")";
    }
}
