package dev.strata.core.render;

import dev.strata.core.diff.Change;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.View;

import java.util.List;
import java.util.stream.Collectors;

/** Schemas, enums, sequences and views. */
final class ObjectSql {
    private ObjectSql() {
    }

    /** The statements for {@code change}, or {@code null} when it is none of these. */
    static List<String> of(Change change) {
        List<String> out = schemasAndTypes(change);
        return out != null ? out : sequencesAndViews(change);
    }

    private static List<String> schemasAndTypes(Change change) {
        if (change instanceof Change.CreateSchema c) {
            return List.of("CREATE SCHEMA " + Identifiers.quote(c.name()) + ";\n");
        }
        if (change instanceof Change.RenameSchema c) {
            return List.of("ALTER SCHEMA " + Identifiers.quote(c.from()) + " RENAME TO " + Identifiers.quote(c.to()) + ";");
        }
        if (change instanceof Change.DropSchema c) {
            return List.of("DROP SCHEMA " + Identifiers.quote(c.name()) + ";\n");
        }
        if (change instanceof Change.CreateEnum c) {
            return List.of(TypeDdl.createEnum(c.type()));
        }
        if (change instanceof Change.DropEnum c) {
            return List.of("DROP TYPE " + Identifiers.qualified(c.type().name()) + ";");
        }
        if (change instanceof Change.RenameEnum c) {
            return List.of("ALTER TYPE " + Identifiers.qualified(c.from()) + " RENAME TO " + Identifiers.quote(c.to()) + ";");
        }
        if (change instanceof Change.AddEnumValue c) {
            return List.of("ALTER TYPE " + Identifiers.qualified(c.type()) + " ADD VALUE " + (c.ifNotExists() ? "IF NOT EXISTS " : "") + SqlLiteral.quote(c.value())
                    + (c.before() == null ? "" : " BEFORE " + SqlLiteral.quote(c.before())) + ";");
        }
        if (change instanceof Change.DropEnumValue c) {
            return EnumRecipe.statements(c);
        }
        return null;
    }

    private static List<String> sequencesAndViews(Change change) {
        if (change instanceof Change.CreateSequence c) {
            return List.of("CREATE SEQUENCE " + Identifiers.qualified(c.sequence().name()) + dataType(c.sequence())
                    + " " + SequenceDdl.options(c.sequence().options()) + ";");
        }
        if (change instanceof Change.AlterSequence c) {
            boolean noCycle = c.from().options().cycle() && !c.to().options().cycle();
            // a changed type is always named, bigint too: leaving it out keeps the old type
            String type = c.from().dataType().equals(c.to().dataType()) ? dataType(c.to()) : " AS " + c.to().dataType();
            return List.of("ALTER SEQUENCE " + Identifiers.qualified(c.to().name()) + type + " "
                    + SequenceDdl.options(c.to().options()) + (noCycle ? " NO CYCLE" : "")
                    + (c.restarts() ? " RESTART WITH " + c.to().options().start() : "") + ";");
        }
        if (change instanceof Change.RenameSequence c) {
            return List.of("ALTER SEQUENCE " + Identifiers.qualified(c.from()) + " RENAME TO " + Identifiers.quote(c.to()) + ";");
        }
        if (change instanceof Change.SetSequenceOwner c) {
            return List.of(SequenceDdl.ownedBy(c.sequence(), c.owner()));
        }
        if (change instanceof Change.DropSequenceOwner c) {
            return List.of(SequenceDdl.ownedBy(c.sequence(), null));
        }
        if (change instanceof Change.DropSequence c) {
            return List.of("DROP SEQUENCE " + Identifiers.qualified(c.sequence().name()) + ";");
        }
        if (change instanceof Change.CreateView c) {
            return TableSql.withComments(createView(c.view()), CommentDdl.on(c.view()));
        }
        if (change instanceof Change.RenameView c) {
            return List.of("ALTER " + (c.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + Identifiers.qualified(c.from())
                    + " RENAME TO " + Identifiers.quote(c.to()) + ";");
        }
        if (change instanceof Change.DropView c) {
            return List.of("DROP " + ViewDdl.kind(c.view()) + " " + Identifiers.qualified(c.view().name()) + ";");
        }
        return null;
    }

    /** drizzle-kit writes no {@code AS}: sequences are {@code bigint} unless the model says otherwise. */
    private static String dataType(Sequence s) {
        return s.dataType().equals("bigint") ? "" : " AS " + s.dataType();
    }

    /** {@code CREATE VIEW "s"."v" WITH (k = v) AS (query)}, materialized ones {@code WITH NO DATA} when so made. */
    static String createView(View view) {
        StringBuilder sql = new StringBuilder("CREATE ").append(view.materialized() ? "MATERIALIZED " : "")
                .append("VIEW ").append(Identifiers.qualified(view.name()));
        if (!view.options().isEmpty()) {
            sql.append(" WITH (").append(view.options().entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "))).append(')');
        }
        sql.append(" AS (").append(ViewDdl.query(view.definition())).append(')');
        if (view.materialized() && !view.withData()) {
            sql.append(" WITH NO DATA");
        }
        return sql.append(';').toString();
    }
}
