package dev.strata.cli;

import dev.strata.core.inspect.ColumnInfo;
import dev.strata.core.inspect.EnumInfo;
import dev.strata.core.inspect.ForeignKeyInfo;
import dev.strata.core.inspect.IndexInfo;
import dev.strata.core.inspect.SequenceInfo;
import dev.strata.core.inspect.TableInfo;
import dev.strata.core.inspect.TableName;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --json} rows of {@code strata inspect}: sizes in bytes, and {@code null} where PostgreSQL
 * has no figure (a row estimate before ANALYZE, the scan count of a partitioned index).
 */
final class InspectJson {
    private InspectJson() {
    }

    static Map<String, Object> table(TableInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", t.schema());
        m.put("name", t.name());
        m.put("kind", t.kind().label());
        m.put("rowEstimate", t.rowEstimateKnown() ? t.rowEstimate() : null);
        m.put("totalBytes", t.totalBytes());
        m.put("tableBytes", t.tableBytes());
        m.put("indexBytes", t.indexBytes());
        m.put("toastBytes", t.toastBytes());
        m.put("rowSecurity", t.rowSecurity());
        m.put("comment", t.comment());
        return m;
    }

    static Map<String, Object> column(ColumnInfo c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", c.position());
        m.put("name", c.name());
        m.put("type", c.type());
        m.put("nullable", c.nullable());
        m.put("default", c.defaultValue());
        m.put("identity", c.identity() == ColumnInfo.Identity.NONE ? null : c.identity().label());
        m.put("generated", c.generated());
        m.put("collation", c.collation());
        m.put("comment", c.comment());
        return m;
    }

    /** The columns document: {@code status}, {@code listing}, the {@code table} found, its {@code columns}. */
    static Map<String, Object> columns(TableName table, List<ColumnInfo> columns) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", "ok");
        doc.put("listing", "columns");
        doc.put("table", tableName(table));
        doc.put("columns", columns.stream().map(InspectJson::column).toList());
        return doc;
    }

    static Map<String, Object> index(IndexInfo i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", i.schema());
        m.put("table", i.table());
        m.put("name", i.name());
        m.put("definition", i.definition());
        m.put("unique", i.unique());
        m.put("primary", i.primary());
        m.put("partial", i.partial());
        m.put("valid", i.valid());
        m.put("sizeBytes", i.sizeBytes());
        m.put("scans", i.scansKnown() ? i.scans() : null);
        return m;
    }

    static Map<String, Object> sequence(SequenceInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", s.schema());
        m.put("name", s.name());
        m.put("dataType", s.dataType());
        m.put("start", s.start());
        m.put("increment", s.increment());
        m.put("minValue", s.minValue());
        m.put("maxValue", s.maxValue());
        m.put("cache", s.cache());
        m.put("cycle", s.cycle());
        m.put("lastValue", s.lastValue());
        m.put("ownedBy", s.ownedBy());
        return m;
    }

    static Map<String, Object> enumType(EnumInfo e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", e.schema());
        m.put("name", e.name());
        m.put("labels", e.labels());
        m.put("comment", e.comment());
        return m;
    }

    static Map<String, Object> foreignKey(ForeignKeyInfo f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", f.name());
        m.put("from", tableName(f.from()));
        m.put("fromColumns", f.fromColumns());
        m.put("to", tableName(f.to()));
        m.put("toColumns", f.toColumns());
        m.put("onDelete", f.onDelete().label());
        m.put("onUpdate", f.onUpdate().label());
        m.put("deferrable", f.deferrable());
        m.put("initiallyDeferred", f.initiallyDeferred());
        m.put("validated", f.validated());
        return m;
    }

    static Map<String, Object> tableName(TableName t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", t.schema());
        m.put("name", t.name());
        return m;
    }

    /** The document: {@code status}, {@code listing}, then the rows under {@code key}. */
    static Map<String, Object> document(String listing, String key, List<Map<String, Object>> rows) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("status", "ok");
        doc.put("listing", listing);
        doc.put(key, rows);
        return doc;
    }
}
