package dev.strata.core.render;

import dev.strata.core.model.Column;
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
        for (Column column : table.columns()) {
            if (column.comment() != null) {
                out.add(comment("COLUMN " + name + "." + Identifiers.quote(column.name()), column.comment()));
            }
        }
        return out;
    }

    static List<String> on(View view) {
        return view.comment() == null ? List.of()
                : List.of(comment(ViewDdl.kind(view) + " " + Identifiers.qualified(view.name()), view.comment()));
    }

    private static String comment(String target, String text) {
        return "COMMENT ON " + target + " IS " + SqlLiteral.quote(text) + ";";
    }
}
