package dev.strata.core.render;

import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Table;

/** {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY}, written after every table so cycles work. */
final class ForeignKeyDdl {
    private ForeignKeyDdl() {
    }

    static String add(Table table, ForeignKey fk) {
        return add(TableDdl.alter(table), fk);
    }

    /** The foreign key added by {@code alterTable} ({@code ALTER TABLE "t"}, qualified or not). */
    static String add(String alterTable, ForeignKey fk) {
        StringBuilder sql = new StringBuilder(alterTable)
                .append(" ADD CONSTRAINT ").append(Identifiers.quote(fk.name()))
                .append(" FOREIGN KEY (").append(Identifiers.list(fk.columns())).append(") REFERENCES ")
                .append(Identifiers.qualified(fk.target())).append('(').append(Identifiers.list(fk.targetColumns())).append(')');
        if (fk.matchFull()) {
            sql.append(" MATCH FULL");
        }
        sql.append(" ON DELETE ").append(fk.onDelete().label()).append(" ON UPDATE ").append(fk.onUpdate().label());
        switch (fk.deferral()) {
            case NOT_DEFERRABLE -> { }
            case DEFERRABLE_IMMEDIATE -> sql.append(" DEFERRABLE INITIALLY IMMEDIATE");
            case DEFERRABLE_DEFERRED -> sql.append(" DEFERRABLE INITIALLY DEFERRED");
        }
        if (!fk.validated()) {
            sql.append(" NOT VALID");
        }
        return sql.append(';').toString();
    }
}
