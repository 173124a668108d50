package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;

/** Parsed JSON tree → snapshot records, refusing what drizzle-kit's version 7 schema would refuse. */
final class SnapshotReader {
    private static final Set<String> TOP = Set.of("id", "prevId", "version", "dialect", "tables", "enums", "schemas",
            "sequences", "roles", "policies", "views", "_meta", "internal", "strata");
    private static final Set<String> TABLE = Set.of("name", "schema", "columns", "indexes", "foreignKeys",
            "compositePrimaryKeys", "uniqueConstraints", "policies", "checkConstraints", "isRLSEnabled");
    private static final Set<String> COLUMN = Set.of("name", "type", "typeSchema", "primaryKey", "notNull", "default",
            "isUnique", "uniqueName", "nullsNotDistinct", "generated", "identity");
    private static final Set<String> SEQUENCE = Set.of("name", "schema", "increment", "startWith", "minValue",
            "maxValue", "cache", "cycle");
    private static final Set<String> IDENTITY = Set.of("type", "name", "schema", "increment", "startWith", "minValue",
            "maxValue", "cache", "cycle");
    private static final Set<String> INDEX = Set.of("name", "columns", "isUnique", "where", "concurrently", "method",
            "with");
    private static final Set<String> INDEX_COLUMN = Set.of("expression", "isExpression", "asc", "nulls", "opclass");
    private static final Set<String> FOREIGN_KEY = Set.of("name", "tableFrom", "tableTo", "schemaTo", "columnsFrom",
            "columnsTo", "onDelete", "onUpdate");
    private static final Set<String> POLICY = Set.of("name", "as", "for", "to", "using", "withCheck", "on", "schema");
    private static final Set<String> VIEW = Set.of("columns", "definition", "name", "schema", "isExisting", "with",
            "withNoData", "materialized", "tablespace", "using");

    private SnapshotReader() {
    }

    /**
     * The version and dialect are checked by {@link SnapshotJson} before this runs.
     *
     * @param tables the tables when they were read entry by entry while parsing, else {@code null}
     */
    static Snapshot snapshot(Fields f, Map<String, SnapshotTable> tables) {
        f.allowOnly(TOP);
        Fields strata = f.optObj("strata");
        return new Snapshot(f.str("id"), f.str("prevId"), f.str("version"), f.str("dialect"),
                tables != null ? tables : f.map("tables", SnapshotReader::table),
                f.map("enums", SnapshotReader::enumType),
                f.stringMap("schemas"),
                f.mapOrEmpty("sequences", SnapshotReader::sequence),
                f.mapOrEmpty("roles", SnapshotReader::role),
                f.mapOrEmpty("policies", SnapshotReader::policy),
                f.mapOrEmpty("views", SnapshotReader::view),
                f.anyObject("_meta"),
                f.optAnyObject("internal"),
                strata == null ? StrataExtension.EMPTY : StrataExtensionJson.read(strata),
                f.keys());
    }

    static SnapshotTable table(Fields f) {
        f.allowOnly(TABLE);
        return new SnapshotTable(f.str("name"), f.str("schema"),
                f.map("columns", SnapshotReader::column),
                f.map("indexes", SnapshotReader::index),
                f.map("foreignKeys", SnapshotReader::foreignKey),
                f.map("compositePrimaryKeys", SnapshotReader::primaryKey),
                f.mapOrEmpty("uniqueConstraints", SnapshotReader::unique),
                f.mapOrEmpty("policies", SnapshotReader::policy),
                f.mapOrEmpty("checkConstraints", SnapshotReader::check),
                f.boolOr("isRLSEnabled", false),
                f.keys());
    }

    static SnapshotColumn column(Fields f) {
        f.allowOnly(COLUMN);
        Fields generated = f.optObj("generated");
        Fields identity = f.optObj("identity");
        return new SnapshotColumn(f.str("name"), f.str("type"), f.optStr("typeSchema"), f.bool("primaryKey"),
                f.bool("notNull"), defaultValue(f), f.any("isUnique"), f.optStr("uniqueName"),
                f.optBool("nullsNotDistinct"),
                generated == null ? null : generated(generated),
                identity == null ? null : identity(identity),
                f.keys());
    }

    private static SnapshotDefault defaultValue(Fields f) {
        JsonNode v = f.any("default");
        if (v == null) {
            return null;
        }
        if (v.isTextual()) {
            return new SnapshotDefault.Text(v.textValue());
        }
        if (v.isNumber()) {
            return new SnapshotDefault.Number(v.decimalValue());
        }
        if (v.isBoolean()) {
            return new SnapshotDefault.Bool(v.booleanValue());
        }
        throw f.fail(f.path() + ".default", "expected a string, a number or a boolean");
    }

    private static SnapshotGenerated generated(Fields f) {
        f.allowOnly(Set.of("as", "type"));
        return new SnapshotGenerated(f.str("as"), f.str("type"), f.keys());
    }

    private static SnapshotIdentity identity(Fields f) {
        f.allowOnly(IDENTITY);
        return new SnapshotIdentity(f.str("type"), f.str("name"), f.str("schema"), f.optStr("increment"),
                f.optStr("startWith"), f.optStr("minValue"), f.optStr("maxValue"), f.optStr("cache"),
                f.optBool("cycle"), f.keys());
    }

    private static SnapshotIndex index(Fields f) {
        f.allowOnly(INDEX);
        return new SnapshotIndex(f.str("name"), f.list("columns", SnapshotReader::indexColumn), f.bool("isUnique"),
                f.optStr("where"), f.boolOr("concurrently", false), f.strOr("method", "btree"),
                f.optAnyObject("with"), f.keys());
    }

    private static SnapshotIndexColumn indexColumn(Fields f) {
        f.allowOnly(INDEX_COLUMN);
        return new SnapshotIndexColumn(f.str("expression"), f.bool("isExpression"), f.bool("asc"), f.optStr("nulls"),
                f.optStr("opclass"), f.keys());
    }

    private static SnapshotForeignKey foreignKey(Fields f) {
        f.allowOnly(FOREIGN_KEY);
        return new SnapshotForeignKey(f.str("name"), f.str("tableFrom"), f.str("tableTo"), f.optStr("schemaTo"),
                f.strings("columnsFrom"), f.strings("columnsTo"), f.optStr("onDelete"), f.optStr("onUpdate"),
                f.keys());
    }

    private static SnapshotPrimaryKey primaryKey(Fields f) {
        f.allowOnly(Set.of("name", "columns"));
        return new SnapshotPrimaryKey(f.str("name"), f.strings("columns"), f.keys());
    }

    private static SnapshotUnique unique(Fields f) {
        f.allowOnly(Set.of("name", "nullsNotDistinct", "columns"));
        return new SnapshotUnique(f.str("name"), f.bool("nullsNotDistinct"), f.strings("columns"), f.keys());
    }

    private static SnapshotCheck check(Fields f) {
        f.allowOnly(Set.of("name", "value"));
        return new SnapshotCheck(f.str("name"), f.str("value"), f.keys());
    }

    static SnapshotPolicy policy(Fields f) {
        f.allowOnly(POLICY);
        return new SnapshotPolicy(f.str("name"), f.optStr("as"), f.optStr("for"), f.optStrings("to"),
                f.optStr("using"), f.optStr("withCheck"), f.optStr("schema"), f.optStr("on"), f.keys());
    }

    private static SnapshotEnum enumType(Fields f) {
        f.allowOnly(Set.of("name", "schema", "values"));
        return new SnapshotEnum(f.str("name"), f.str("schema"), f.strings("values"), f.keys());
    }

    private static SnapshotSequence sequence(Fields f) {
        f.allowOnly(SEQUENCE);
        return new SnapshotSequence(f.str("name"), f.str("schema"), f.optStr("increment"), f.optStr("startWith"),
                f.optStr("minValue"), f.optStr("maxValue"), f.optStr("cache"), f.optBool("cycle"), f.keys());
    }

    private static SnapshotRole role(Fields f) {
        f.allowOnly(Set.of("name", "createDb", "createRole", "inherit"));
        return new SnapshotRole(f.str("name"), f.optBool("createDb"), f.optBool("createRole"), f.optBool("inherit"),
                f.keys());
    }

    private static SnapshotView view(Fields f) {
        f.allowOnly(VIEW);
        Map<String, SnapshotColumn> columns = f.map("columns", SnapshotReader::column);
        return new SnapshotView(columns, f.optStr("definition"), f.str("name"), f.str("schema"), f.bool("isExisting"),
                f.optAnyObject("with"), f.optBool("withNoData"), f.bool("materialized"), f.optStr("tablespace"),
                f.optStr("using"), f.keys());
    }
}
