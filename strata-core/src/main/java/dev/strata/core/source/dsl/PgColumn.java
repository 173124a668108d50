package dev.strata.core.source.dsl;

import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ReferentialAction;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A column, made by a type method of the table builder ({@code t.text("email")}) and refined by chained modifiers
 * ({@code .notNull().unique()}). Modifiers work only inside the table's definition; afterwards the column is a
 * handle other tables reference ({@code users.column("id")}) and indexes and {@link Sql} mention.
 */
public final class PgColumn {
    private final PgTable table;
    private final String name;
    private final String serial;
    private ColumnType type;
    private boolean notNull;
    private boolean primaryKey;
    private String uniqueName;
    private boolean unique;
    private Nulls uniqueNulls = Nulls.DISTINCT;
    private Object defaultValue;
    private Sql generated;
    private boolean identityAlways;
    private SequenceSettings identity;
    private String collation;
    private String comment;
    private final List<ColumnReference> references = new ArrayList<>();

    PgColumn(PgTable table, String name, ColumnType type, String serial) {
        this.table = Objects.requireNonNull(table, "table");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.serial = serial;
        this.notNull = serial != null;
    }

    /** The column name as written (before any {@link Casing}). */
    public String name() {
        return name;
    }

    /** The table this column belongs to. */
    public PgTable table() {
        return table;
    }

    /** {@code NOT NULL}. */
    public PgColumn notNull() {
        check().notNull = true;
        return this;
    }

    /** {@code PRIMARY KEY} on this column alone (implies {@code NOT NULL}); the constraint is {@code <table>_pkey}. */
    public PgColumn primaryKey() {
        check().primaryKey = true;
        notNull = true;
        return this;
    }

    /** {@code UNIQUE}, named {@code <table>_<column>_unique}. */
    public PgColumn unique() {
        check().unique = true;
        return this;
    }

    /** {@code UNIQUE} with constraint name {@code constraintName}. */
    public PgColumn unique(String constraintName) {
        return unique(constraintName, Nulls.DISTINCT);
    }

    /** {@code UNIQUE} with a name and NULL treatment ({@link Nulls#NOT_DISTINCT}); a null name means the default. */
    public PgColumn unique(String constraintName, Nulls nulls) {
        check().unique = true;
        uniqueName = constraintName;
        uniqueNulls = Objects.requireNonNull(nulls, "nulls");
        return this;
    }

    /** {@code DEFAULT 'value'} (a string literal; quotes are doubled). */
    public PgColumn defaultValue(String value) {
        return setDefault(DefaultLiterals.string(value));
    }

    /** {@code DEFAULT value} for a number column. */
    public PgColumn defaultValue(long value) {
        return setDefault(Long.toString(value));
    }

    /** {@code DEFAULT value} for a floating point column. */
    public PgColumn defaultValue(double value) {
        return setDefault(Double.toString(value));
    }

    /** {@code DEFAULT true|false}. */
    public PgColumn defaultValue(boolean value) {
        return setDefault(Boolean.toString(value));
    }

    /** {@code DEFAULT '2024-01-31'}. */
    public PgColumn defaultValue(LocalDate value) {
        return setDefault(DefaultLiterals.date(value));
    }

    /** {@code DEFAULT '2024-02-03 04:05:06.789'}. */
    public PgColumn defaultValue(LocalDateTime value) {
        return setDefault(DefaultLiterals.dateTime(value));
    }

    /** A point in time: ISO-8601 in UTC for {@code timestamp with time zone}, UTC wall time otherwise. */
    public PgColumn defaultValue(Instant value) {
        return setDefault(DefaultLiterals.instant(value, type));
    }

    /** {@code DEFAULT} an SQL expression, e.g. {@code sql("nextval('order_seq')")}. */
    public PgColumn defaultValue(Sql expression) {
        return setDefault(expression);
    }

    /** {@code DEFAULT} raw SQL text, exactly as written. */
    public PgColumn defaultSql(String sqlText) {
        return setDefault(sqlText);
    }

    /** {@code DEFAULT now()}. */
    public PgColumn defaultNow() {
        return setDefault("now()");
    }

    /** {@code DEFAULT gen_random_uuid()}. */
    public PgColumn defaultRandom() {
        return setDefault("gen_random_uuid()");
    }

    /** {@code DEFAULT '<json>'::json} (or {@code ::jsonb}), the JSON text compacted. */
    public PgColumn defaultJson(String jsonText) {
        return setDefault(DefaultLiterals.json(jsonText, type));
    }

    /** {@code DEFAULT '{...}'} for an array column: strings quoted, numbers and booleans bare. */
    public PgColumn defaultArray(Object... values) {
        return setDefault(DefaultLiterals.array(values));
    }

    /** {@code GENERATED ALWAYS AS (expression) STORED}. */
    public PgColumn generatedAlwaysAs(Sql expression) {
        check().generated = Objects.requireNonNull(expression, "expression");
        return this;
    }

    /** {@code GENERATED ALWAYS AS (sqlText) STORED}. */
    public PgColumn generatedAlwaysAs(String sqlText) {
        return generatedAlwaysAs(Sql.of(sqlText));
    }

    /** {@code GENERATED ALWAYS AS IDENTITY} with default sequence options. */
    public PgColumn generatedAlwaysAsIdentity() {
        return generatedAlwaysAsIdentity(s -> { });
    }

    /** {@code GENERATED ALWAYS AS IDENTITY (...)}: {@code s -> s.startWith(10).increment(2)}. */
    public PgColumn generatedAlwaysAsIdentity(Consumer<SequenceSettings> options) {
        return identity(true, options);
    }

    /** {@code GENERATED BY DEFAULT AS IDENTITY} with default sequence options. */
    public PgColumn generatedByDefaultAsIdentity() {
        return generatedByDefaultAsIdentity(s -> { });
    }

    /** {@code GENERATED BY DEFAULT AS IDENTITY (...)}. */
    public PgColumn generatedByDefaultAsIdentity(Consumer<SequenceSettings> options) {
        return identity(false, options);
    }

    /** One more array dimension: {@code t.integer("m").array().array()} is {@code integer[][]}. */
    public PgColumn array() {
        check().type = new ColumnType(type.base(), type.dimensions() + 1, type.userType());
        return this;
    }

    /** {@code COLLATE "name"}. */
    public PgColumn collate(String collationName) {
        check().collation = collationName;
        return this;
    }

    /** {@code COMMENT ON COLUMN}. */
    public PgColumn comment(String text) {
        check().comment = text;
        return this;
    }

    /** A foreign key to {@code target} ({@code users.column("id")}); actions default to {@code NO ACTION}. */
    public PgColumn references(PgColumn target) {
        if (target == null) {
            throw new IllegalArgumentException("column " + table.qualifiedName() + "." + name
                    + " references null: the target table is declared later in the class; use references(() -> table.column(\"...\"))");
        }
        return references(() -> target);
    }

    /** A foreign key to a column looked up later: {@code references(() -> users.column("id"))}, for cycles. */
    public PgColumn references(Supplier<PgColumn> target) {
        check().references.add(new ColumnReference(target, ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION));
        return this;
    }

    /** {@code ON DELETE} of the last {@code references(...)}. */
    public PgColumn onDelete(ReferentialAction action) {
        int last = lastReference();
        references.set(last, references.get(last).withOnDelete(action));
        return this;
    }

    /** {@code ON UPDATE} of the last {@code references(...)}. */
    public PgColumn onUpdate(ReferentialAction action) {
        int last = lastReference();
        references.set(last, references.get(last).withOnUpdate(action));
        return this;
    }

    /** This column as an ascending index key. */
    public IndexTerm asc() {
        return IndexTerm.of((Object) this);
    }

    /** This column as a descending index key. */
    public IndexTerm desc() {
        return asc().desc();
    }

    /** This column as an index key with operator class {@code opclass}. */
    public IndexTerm op(String opclass) {
        return asc().op(opclass);
    }

    @Override
    public String toString() {
        return table.qualifiedName() + "." + name;
    }

    private int lastReference() {
        check();
        if (references.isEmpty()) {
            throw new IllegalStateException("column " + this + ": onDelete/onUpdate come after references(...)");
        }
        return references.size() - 1;
    }

    private PgColumn identity(boolean always, Consumer<SequenceSettings> options) {
        SequenceSettings s = new SequenceSettings();
        options.accept(s);
        check().identity = s;
        identityAlways = always;
        notNull = true;
        return this;
    }

    private PgColumn setDefault(Object value) {
        check().defaultValue = Objects.requireNonNull(value, "default");
        return this;
    }

    private PgColumn check() {
        table.checkOpen(name);
        return this;
    }

    ColumnSpec spec() {
        return new ColumnSpec(this, name, type, serial, notNull, primaryKey, unique, uniqueName, uniqueNulls,
                defaultValue, generated, identityAlways, identity, collation, comment, List.copyOf(references));
    }
}
