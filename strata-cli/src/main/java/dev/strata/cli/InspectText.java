package dev.strata.cli;

import dev.strata.core.inspect.ColumnInfo;
import dev.strata.core.inspect.EnumInfo;
import dev.strata.core.inspect.ForeignKeyInfo;
import dev.strata.core.inspect.IndexInfo;
import dev.strata.core.inspect.RelationKind;
import dev.strata.core.inspect.SequenceInfo;
import dev.strata.core.inspect.TableInfo;
import dev.strata.core.inspect.TableName;

import java.util.ArrayList;
import java.util.List;

/** The human output of {@code strata inspect}: an aligned table per listing, then a line that sums it up. */
final class InspectText {
    private static final int COMMENT_WIDTH = 60;

    private InspectText() {
    }

    static String tables(List<TableInfo> tables) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SCHEMA", "NAME", "KIND", "ROWS", "TOTAL", "TABLE", "INDEXES", "TOAST", "RLS", "COMMENT"});
        long total = 0;
        boolean unknown = false;
        boolean partitioned = false;
        for (TableInfo t : tables) {
            partitioned |= t.kind() == RelationKind.PARTITIONED;
            boolean stored = t.kind() != RelationKind.VIEW && t.kind() != RelationKind.FOREIGN;
            unknown |= stored && !t.rowEstimateKnown();
            total += t.totalBytes();
            rows.add(new String[]{t.schema(), t.name(), t.kind().label(), rows(t, stored), size(t.totalBytes(), stored),
                    size(t.tableBytes(), stored), size(t.indexBytes(), stored), size(t.toastBytes(), stored),
                    t.rowSecurity() ? "yes" : "", cut(t.comment())});
        }
        String summary = count(tables.size(), "relation") + ", " + Sizes.human(total) + " in all"
                + (partitioned ? " (a partitioned table sums its partitions, which are listed too)." : ".");
        if (unknown) {
            summary += "\nRows \"unknown\": never analyzed or vacuumed; ANALYZE gives an estimate.";
        }
        return Table.render(rightAligned(rows, 3, 4, 5, 6, 7)) + summary + "\n";
    }

    static String columns(TableName table, List<ColumnInfo> columns) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"#", "COLUMN", "TYPE", "NULLABLE", "DEFAULT", "COLLATION", "COMMENT"});
        for (ColumnInfo c : columns) {
            rows.add(new String[]{String.valueOf(c.position()), c.name(), c.type(), c.nullable() ? "" : "not null",
                    oneLine(defaultOf(c)), orEmpty(c.collation()), cut(c.comment())});
        }
        return table + "\n" + Table.render(rightAligned(rows, 0)) + count(columns.size(), "column") + ".\n";
    }

    static String indexes(List<IndexInfo> indexes) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SCHEMA", "TABLE", "INDEX", "SIZE", "SCANS", "KIND", "DEFINITION"});
        long unused = 0;
        long invalid = 0;
        for (IndexInfo i : indexes) {
            unused += i.scans() == 0 ? 1 : 0;
            invalid += i.valid() ? 0 : 1;
            rows.add(new String[]{i.schema(), i.table(), i.name(), Sizes.human(i.sizeBytes()),
                    i.scansKnown() ? String.valueOf(i.scans()) : "", kind(i), i.definition()});
        }
        StringBuilder summary = new StringBuilder(count(indexes.size(), "index"));
        summary.append("; ").append(unused).append(" never scanned since statistics were last reset.");
        if (invalid > 0) {
            summary.append('\n').append(count(invalid, "invalid index")).append(
                    ": a failed CREATE INDEX CONCURRENTLY left it unusable; drop it and create it again.");
        }
        return Table.render(rightAligned(rows, 3, 4)) + summary + "\n";
    }

    static String sequences(List<SequenceInfo> sequences) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SCHEMA", "SEQUENCE", "TYPE", "LAST", "START", "INCREMENT", "MIN", "MAX", "CACHE", "CYCLE", "OWNED BY"});
        for (SequenceInfo s : sequences) {
            rows.add(new String[]{s.schema(), s.name(), s.dataType(), s.lastValue() == null ? "" : s.lastValue().toString(),
                    String.valueOf(s.start()), String.valueOf(s.increment()), String.valueOf(s.minValue()),
                    String.valueOf(s.maxValue()), String.valueOf(s.cache()), s.cycle() ? "yes" : "", orEmpty(s.ownedBy())});
        }
        return Table.render(rightAligned(rows, 3, 4, 5, 6, 7, 8)) + count(sequences.size(), "sequence") + ".\n";
    }

    static String enums(List<EnumInfo> enums) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"SCHEMA", "ENUM", "LABELS", "COMMENT"});
        for (EnumInfo e : enums) {
            rows.add(new String[]{e.schema(), e.name(), String.join(", ", e.labels()), cut(e.comment())});
        }
        return Table.render(rows) + count(enums.size(), "enum") + ".\n";
    }

    static String foreignKeys(List<ForeignKeyInfo> keys) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"CONSTRAINT", "FROM", "TO", "ON DELETE", "ON UPDATE", "NOTE"});
        for (ForeignKeyInfo f : keys) {
            rows.add(new String[]{f.name(), f.from() + " (" + String.join(", ", f.fromColumns()) + ")",
                    f.to() + " (" + String.join(", ", f.toColumns()) + ")", f.onDelete().label(), f.onUpdate().label(), note(f)});
        }
        return Table.render(rows) + count(keys.size(), "foreign key") + ".\n";
    }

    /** The rows with the given (numeric) columns padded on the left to one width, header included. */
    private static List<String[]> rightAligned(List<String[]> rows, int... columns) {
        for (int column : columns) {
            int width = rows.stream().mapToInt(r -> r[column].length()).max().orElse(0);
            for (String[] row : rows) {
                row[column] = " ".repeat(width - row[column].length()) + row[column];
            }
        }
        return rows;
    }

    private static String rows(TableInfo t, boolean stored) {
        if (!stored && !t.rowEstimateKnown()) {
            return "";
        }
        return t.rowEstimateKnown() ? String.valueOf(t.rowEstimate()) : "unknown";
    }

    private static String size(long bytes, boolean stored) {
        return stored ? Sizes.human(bytes) : "";
    }

    private static String defaultOf(ColumnInfo c) {
        if (c.identity() != ColumnInfo.Identity.NONE) {
            return "generated " + c.identity().label() + " as identity";
        }
        if (c.generated() != null) {
            return "generated always as (" + c.generated() + ") stored";
        }
        return orEmpty(c.defaultValue());
    }

    private static String kind(IndexInfo i) {
        List<String> words = new ArrayList<>();
        if (i.primary()) {
            words.add("primary");
        } else if (i.unique()) {
            words.add("unique");
        }
        if (i.partial()) {
            words.add("partial");
        }
        if (!i.valid()) {
            words.add("INVALID");
        }
        return String.join(", ", words);
    }

    private static String note(ForeignKeyInfo f) {
        List<String> words = new ArrayList<>();
        if (f.deferrable()) {
            words.add(f.initiallyDeferred() ? "deferrable, initially deferred" : "deferrable");
        }
        if (!f.validated()) {
            words.add("NOT VALID");
        }
        return String.join(", ", words);
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("x") ? noun + "es" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static String cut(String s) {
        if (s == null) {
            return "";
        }
        String line = oneLine(s);
        return line.length() <= COMMENT_WIDTH ? line : line.substring(0, COMMENT_WIDTH - 3) + "...";
    }
}
