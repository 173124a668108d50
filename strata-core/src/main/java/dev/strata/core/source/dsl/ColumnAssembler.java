package dev.strata.core.source.dsl;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.Identity;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;

import java.util.List;

/**
 * One DSL column as the model's: {@code serial} becomes an integer column with a {@code nextval} default plus its
 * owned sequence (what the catalog holds), identity options take PostgreSQL's defaults for the column type.
 *
 * @param names     final names
 * @param sequences where the sequences of serial columns are added
 */
record ColumnAssembler(Names names, List<Sequence> sequences) {

    Column column(QualifiedName table, ColumnSpec c) {
        String name = names.column(c.handle());
        if (c.serial() != null && (c.defaultValue() != null || c.identity() != null)) {
            throw new IllegalArgumentException("column " + table + "." + name + " is " + c.serial()
                    + ", which brings its own default: drop the default or identity, or use "
                    + c.type().base() + " instead");
        }
        if (c.identity() != null && c.defaultValue() != null) {
            throw new IllegalArgumentException("column " + table + "." + name
                    + " cannot have both a default and an identity");
        }
        String defaultSql = defaultSql(c);
        if (c.serial() != null) {
            QualifiedName seq = names.sequence(table, c.handle());
            sequences.add(new Sequence(seq, c.type().base(), SequenceOptions.defaults(c.type().base(), 1),
                    new ColumnRef(table, name)));
            defaultSql = Names.nextval(seq);
        }
        Identity identity = null;
        if (c.identity() != null) {
            String seq = c.identity().name();
            identity = new Identity(c.identityAlways(),
                    seq == null ? names.sequence(table, c.handle()) : new QualifiedName(table.schema(), seq),
                    c.identity().options(c.type().base()));
        }
        String generated = c.generated() == null ? null : c.generated().render(names::bare);
        return new Column(name, c.type(), c.notNull(), defaultSql, identity, generated, c.collation(), c.comment());
    }

    private String defaultSql(ColumnSpec c) {
        Object value = c.defaultValue();
        return value instanceof Sql sql ? sql.render(names::bare) : (String) value;
    }
}
