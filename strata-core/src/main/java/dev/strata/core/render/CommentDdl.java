package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Column;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.List;

/** {@code COMMENT ON} tables, their columns and views. */
final class CommentDdl {
    private CommentDdl() {
    }

    static List<String> on(Table table) {
        List<String> out = new ArrayList<>();
        String name = Identifiers.qualified(table.name());
        if (table.comment() != null) {
            out.add(comment("TABLE " + name, table.comment()));
        }
        table.columns().forEach(column -> out.addAll(on(table.name(), column)));
        return out;
    }

    static List<String> on(View view) {
        return view.comment() == null ? List.of()
                : List.of(comment(ViewDdl.kind(view) + " " + Identifiers.qualified(view.name()), view.comment()));
    }

    /** The statement of a {@link Change.SetComment}, or {@code null} for any other change. */
    static List<String> of(Change change) {
        if (!(change instanceof Change.SetComment c)) {
            return null;
        }
        Change.Commented on = c.on();
        String name = Identifiers.qualified(on.object());
        String target = switch (on.kind()) {
            case TABLE -> "TABLE " + name;
            case COLUMN -> "COLUMN " + name + "." + Identifiers.quote(on.column());
            case VIEW -> "VIEW " + name;
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + name;
        };
        return List.of(c.to() == null ? "COMMENT ON " + target + " IS NULL;" : comment(target, c.to()));
    }

    /** A new column's comment, if it has one. */
    static List<String> on(QualifiedName table, Column column) {
        return column.comment() == null ? List.of()
                : List.of(comment("COLUMN " + Identifiers.qualified(table) + "." + Identifiers.quote(column.name()), column.comment()));
    }

    private static String comment(String target, String text) {
        return "COMMENT ON " + target + " IS " + SqlLiteral.quote(text) + ";";
    }
}
