package dev.strata.core.source.dsl;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A model {@link Schema} as Java DSL source ({@code strata pull}): one class whose fields declare every object, so
 * that {@link JavaSchemaSource} loads it back to the same schema. Functions, triggers, domains and extensions are
 * carried whole ({@link PgRaw}); view queries, checks, predicates and defaults as the SQL text the model holds.
 */
public final class JavaSchemaWriter {
    private final Schema schema;
    private final Set<String> fieldNames = new HashSet<>();
    private final Map<QualifiedName, String> tables = new LinkedHashMap<>();
    private final Map<QualifiedName, String> enums = new HashMap<>();
    private final Map<QualifiedName, String> domains = new HashMap<>();
    private final Map<String, String> schemas = new HashMap<>();
    private final Map<QualifiedName, Map<String, String>> serials = new HashMap<>();
    private final List<String> fields = new ArrayList<>();

    private JavaSchemaWriter(Schema schema) {
        this.schema = schema;
    }

    /** Java source of class {@code className} in {@code packageName} ({@code ""} for none) declaring {@code schema}. */
    public static String write(Schema schema, String packageName, String className) {
        return new JavaSchemaWriter(schema).source(packageName, className);
    }

    private String source(String packageName, String className) {
        fieldNames.add(className);
        schema.schemas().forEach(s -> add("PgSchema", schemas.computeIfAbsent(s, n -> field(n, null)),
                "pgSchema(" + JavaText.literal(s) + ")"));
        schema.extensions().forEach(e -> add("PgRaw.PgExtension", field(e.name(), null),
                "extension(" + JavaText.literal(e.name()) + ", " + JavaText.literal(e.schema()) + ")"));
        schema.enums().forEach(this::enumField);
        schema.domains().forEach(this::domainField);
        List<Sequence> free = freeSequences();
        List<Table> ordered = parentsFirst(schema.tables());
        ordered.forEach(t -> tables.put(t.name(), field(t.name().name(), t.name().schema())));
        free.forEach(s -> sequenceField(s, className));
        TableWriter writer = new TableWriter(new ColumnWriter(enums, domains), tables, fieldNames, className);
        ordered.forEach(t -> add("PgTable", tables.get(t.name()), prefix(t.name()) + "table("
                + JavaText.literal(t.name().name()) + ", t -> {\n" + writer.body(t, serials.getOrDefault(t.name(), Map.of()))
                + "\n    })"));
        schema.views().forEach(this::viewField);
        schema.functions().forEach(f -> add("PgRaw.PgFunction", field(f.name().name(), f.name().schema()),
                "function(" + JavaText.literal(f.name().schema()) + ", " + JavaText.literal(f.name().name()) + ", "
                        + JavaText.literal(f.arguments()) + ",\n            " + JavaText.literal(f.definition()) + ")"));
        schema.triggers().forEach(t -> add("PgRaw.PgTrigger", field(t.name(), null), "trigger(" + tables.get(t.table())
                + ", " + JavaText.literal(t.name()) + ",\n            " + JavaText.literal(t.definition()) + ")"));
        return header(packageName, className) + String.join("\n", fields) + "\n}\n";
    }

    private String header(String packageName, String className) {
        return (packageName.isEmpty() ? "" : "package " + packageName + ";\n\n")
                + "import dev.strata.core.model.*;\n"
                + "import dev.strata.core.source.dsl.*;\n\n"
                + "import java.util.List;\n\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n\n"
                + "/** The database schema as pulled by Strata; edit it and run strata generate. */\n"
                + "@SuppressWarnings(\"unused\")\n"
                + "public final class " + className + " {\n";
    }

    private void enumField(EnumType e) {
        String f = field(e.name().name(), e.name().schema());
        enums.put(e.name(), f);
        String values = e.values().stream().map(JavaText::literal).collect(Collectors.joining(", "));
        add("PgEnum", f, prefix(e.name()) + (e.name().schema().equals("public") ? "pgEnum(" : "enumType(")
                + JavaText.literal(e.name().name()) + ", " + values + ")");
    }

    private void domainField(Domain d) {
        String f = field(d.name().name(), d.name().schema());
        domains.put(d.name(), f);
        String checks = d.checks().stream().map(c -> "new CheckConstraint(" + JavaText.literal(c.name()) + ", "
                + JavaText.literal(c.expression()) + ", " + c.validated() + ")").collect(Collectors.joining(", "));
        add("PgRaw.PgDomain", f, "domain(new Domain(QualifiedName.of(" + JavaText.literal(d.name().schema()) + ", "
                + JavaText.literal(d.name().name()) + "), " + JavaText.literal(d.baseType()) + ", " + d.notNull() + ", "
                + (d.defaultSql() == null ? "null" : JavaText.literal(d.defaultSql())) + ", List.of(" + checks + ")))");
    }

    private void sequenceField(Sequence s, String className) {
        String numbers = (s.dataType().equals("bigint") ? "" : ".as(" + JavaText.literal(s.dataType()) + ")")
                + SequenceWriter.numbers(s.options(), SequenceOptions.defaults(s.dataType(), s.options().increment()));
        String call = prefix(s.name()) + (s.name().schema().equals("public") ? "pgSequence(" : "sequence(")
                + JavaText.literal(s.name().name()) + (numbers.isEmpty() ? "" : ", s -> s" + numbers) + ")";
        if (s.ownedBy() != null) {
            call += ".ownedBy(() -> " + className + "." + tables.get(s.ownedBy().table()) + ".column("
                    + JavaText.literal(s.ownedBy().column()) + "))";
        }
        add("PgSequence", field(s.name().name(), s.name().schema()), call);
    }

    private void viewField(View v) {
        StringBuilder call = new StringBuilder(prefix(v.name()));
        boolean pub = v.name().schema().equals("public");
        call.append(v.materialized() ? (pub ? "pgMaterializedView(" : "materializedView(") : (pub ? "pgView(" : "view("))
                .append(JavaText.literal(v.name().name())).append(")");
        v.options().forEach((k, val) -> call.append("\n            .with(").append(JavaText.literal(k)).append(", ")
                .append(JavaText.literal(val)).append(")"));
        call.append(v.withData() ? "" : "\n            .withNoData()");
        call.append(v.comment() == null ? "" : "\n            .comment(" + JavaText.literal(v.comment()) + ")");
        call.append("\n            .as(").append(JavaText.literal(v.definition())).append(")");
        add("PgView", field(v.name().name(), v.name().schema()), call.toString());
    }

    /** The serial columns (owned sequences exactly as {@code serial} makes them) go; the other sequences stay. */
    private List<Sequence> freeSequences() {
        List<Sequence> free = new ArrayList<>();
        for (Sequence s : schema.sequences()) {
            Column c = s.ownedBy() == null ? null : schema.table(s.ownedBy().table())
                    .flatMap(t -> t.column(s.ownedBy().column())).orElse(null);
            String kind = c == null ? null : serialKind(s, c);
            if (kind == null) {
                free.add(s);
            } else {
                serials.computeIfAbsent(s.ownedBy().table(), k -> new HashMap<>()).put(c.name(), kind);
            }
        }
        return free;
    }

    private static String serialKind(Sequence s, Column c) {
        QualifiedName table = s.ownedBy().table();
        QualifiedName expected = new QualifiedName(table.schema(), table.name() + "_" + c.name() + "_seq");
        String kind = Map.of("integer", "serial", "smallint", "smallserial", "bigint", "bigserial").get(c.type().base());
        boolean plain = c.type().userType() == null && c.type().dimensions() == 0 && c.notNull() && c.identity() == null
                && c.generated() == null && c.collation() == null;
        boolean exact = s.name().equals(expected) && s.dataType().equals(c.type().base())
                && s.options().equals(SequenceOptions.defaults(s.dataType(), 1))
                && Names.nextval(expected).equals(c.defaultSql());
        return kind != null && plain && exact ? kind : null;
    }

    private static List<Table> parentsFirst(List<Table> list) {
        List<Table> out = new ArrayList<>(list.stream().filter(t -> t.partitioning() == null
                || t.partitioning().parent() == null).toList());
        out.addAll(list.stream().filter(t -> t.partitioning() != null && t.partitioning().parent() != null).toList());
        return out;
    }

    /** {@code billing.} for an object in a declared schema, nothing in {@code public}. */
    private String prefix(QualifiedName name) {
        if (name.schema().equals("public")) {
            return "";
        }
        String s = schemas.get(name.schema());
        return s != null ? s + "." : "pgSchema(" + JavaText.literal(name.schema()) + ").";
    }

    private String field(String name, String schemaName) {
        String id = JavaText.identifier(name);
        if (fieldNames.contains(id) && schemaName != null && !schemaName.equals("public")) {
            id = JavaText.identifier(schemaName + "_" + name);
        }
        String base = id;
        for (int n = 2; fieldNames.contains(id); n++) {
            id = base + n;
        }
        fieldNames.add(id);
        return id;
    }

    private void add(String type, String name, String initializer) {
        fields.add("    public static final " + type + " " + name + " = " + initializer + ";");
    }
}
