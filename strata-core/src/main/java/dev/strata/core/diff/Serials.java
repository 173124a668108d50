package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Columns that are {@code serial}: their default is {@code nextval} of a sequence the column owns. Such a sequence
 * comes and goes with its column, so the diff never creates or drops it on its own, and two serial columns
 * compare equal whatever their sequence is called (a renamed table keeps its old sequence name).
 */
final class Serials {
    private static final Pattern NEXTVAL = Pattern.compile("^nextval\\('((?:[^']|'')*)'(?:::regclass)?\\)$");

    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

    private final Set<ColumnRef> columns = new HashSet<>();
    private final Set<QualifiedName> sequences = new HashSet<>();
    private final Set<QualifiedName> madeBySerialType = new HashSet<>();

    private Serials(Schema schema) {
        Map<QualifiedName, Table> tables = SchemaDiff.tablesByName(schema);
        for (Sequence s : schema.sequences()) {
            if (s.ownedBy() == null) {
                continue;
            }
            Optional.ofNullable(tables.get(s.ownedBy().table())).flatMap(t -> t.column(s.ownedBy().column()))
                    .filter(c -> s.name().equals(sequence(c.defaultSql())))
                    .ifPresent(c -> {
                        columns.add(s.ownedBy());
                        sequences.add(s.name());
                        if (serialTypeMakes(s, c)) {
                            madeBySerialType.add(s.name());
                        }
                    });
        }
    }

    static Serials of(Schema schema) {
        return new Serials(schema);
    }

    boolean isSerial(Table table, Column column) {
        return isSerial(new ColumnRef(table.name(), column.name()));
    }

    boolean isSerial(ColumnRef column) {
        return columns.contains(column);
    }

    boolean ownsSequence(QualifiedName sequence) {
        return sequences.contains(sequence);
    }

    /**
     * Whether the column owning {@code sequence} is written with the {@code serial} pseudo-type, which makes the
     * sequence. Any other serial's sequence (not named {@code <table>_<column>_seq}, or on a column of another type)
     * is made by its own {@code CREATE SEQUENCE}, so it is diffed as such when its column is created or dropped.
     */
    boolean madeBySerialType(QualifiedName sequence) {
        return madeBySerialType.contains(sequence);
    }

    /** What the renderer writes as {@code serial}: an integer column and its sequence {@code <table>_<column>_seq}. */
    private static boolean serialTypeMakes(Sequence s, Column c) {
        QualifiedName table = s.ownedBy().table();
        return c.type().dimensions() == 0 && c.type().userType() == null && INTEGERS.contains(c.type().base())
                && s.name().equals(QualifiedName.of(table.schema(), table.name() + "_" + c.name() + "_seq"));
    }

    /** The sequence a {@code nextval('...')} default calls, or null when it is no such default. */
    static QualifiedName sequence(String defaultSql) {
        if (defaultSql == null) {
            return null;
        }
        Matcher m = NEXTVAL.matcher(defaultSql.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).replace("''", "'");
        int dot = name.indexOf("\".\"") >= 0 ? name.indexOf("\".\"") + 1 : name.startsWith("\"") ? -1 : name.indexOf('.');
        // an unqualified name is found through the search path, which holds public
        String s = dot < 0 ? "public" : unquote(name.substring(0, dot));
        return QualifiedName.of(s, unquote(name.substring(dot + 1)));
    }

    private static String unquote(String part) {
        return part.startsWith("\"") && part.endsWith("\"") ? part.substring(1, part.length() - 1).replace("\"\"", "\"") : part;
    }
}
