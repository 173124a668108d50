package dev.strata.core.source.snapshot;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What {@code serial} is in the catalog: an integer column whose default is {@code nextval} of the sequence
 * {@code <table>_<column>_seq}, of the column's type with default numbers, owned by the column.
 */
final class Serials {
    private static final Pattern PLAIN = Pattern.compile("^[a-z_][a-z0-9_$]*$");

    private Serials() {
    }

    /** The sequences behind serial columns, by column. */
    static Map<ColumnRef, Sequence> find(Schema schema) {
        Map<ColumnRef, Sequence> owned = new HashMap<>();
        schema.sequences().stream().filter(s -> s.ownedBy() != null).forEach(s -> owned.put(s.ownedBy(), s));
        Map<ColumnRef, Sequence> serials = new HashMap<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                ColumnRef ref = new ColumnRef(t.name(), c.name());
                Sequence s = owned.get(ref);
                if (s != null && isSerial(c, s)) {
                    serials.put(ref, s);
                }
            }
        }
        return serials;
    }

    private static boolean isSerial(Column c, Sequence s) {
        ColumnRef owner = s.ownedBy();
        QualifiedName expected = sequenceName(owner.table(), owner.column());
        return c.type().userType() == null && c.type().dimensions() == 0
                && DrizzleTypes.serialOf(c.type().base()) != null
                && s.dataType().equals(c.type().base())
                && s.name().equals(expected)
                && s.options().equals(SequenceOptions.defaults(s.dataType(), 1))
                && c.identity() == null && c.generated() == null
                && (nextval(expected, false).equals(c.defaultSql()) || nextval(expected, true).equals(c.defaultSql()));
    }

    /** The sequence {@code serial} makes for {@code table.column}. */
    static QualifiedName sequenceName(QualifiedName table, String column) {
        return new QualifiedName(table.schema(), table.name() + "_" + column + "_seq");
    }

    /**
     * The default {@code serial} gives, as PostgreSQL deparses it with {@code public} on the search path: the
     * sequence is qualified unless it is in {@code public} (or when {@code qualified}).
     */
    static String nextval(QualifiedName sequence, boolean qualified) {
        String name = qualified || !sequence.schema().equals("public")
                ? ident(sequence.schema()) + "." + ident(sequence.name()) : ident(sequence.name());
        return "nextval('" + name.replace("'", "''") + "'::regclass)";
    }

    private static String ident(String name) {
        return PLAIN.matcher(name).matches() ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The sequence {@code serial} makes, owned by {@code table.column} of integer type {@code base}. */
    static Sequence sequence(QualifiedName table, String column, String base) {
        return new Sequence(sequenceName(table, column), base, SequenceOptions.defaults(base, 1),
                new ColumnRef(table, column));
    }
}
