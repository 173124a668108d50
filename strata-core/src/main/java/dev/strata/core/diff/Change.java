package dev.strata.core.diff;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Function;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.Trigger;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;

import java.util.List;

/**
 * One schema change, as a value: the unit that {@link SchemaDiff} produces, the planner orders and
 * reverses, and the renderer turns into SQL. Every kind carries what is needed to render it and to
 * undo it (a drop holds the whole dropped object), so no kind needs the schemas it came from.
 */
public sealed interface Change {

    /** A change to one table's parts (columns, keys, indexes, policies, row security); {@code table} names it. */
    sealed interface OnTable extends Change {
        /** The table changed. */
        QualifiedName table();
    }

    /** A column that uses an enum type, as the enum value removal recipe must convert it. */
    record EnumColumn(QualifiedName table, Column column) {
    }

    /** {@code CREATE SCHEMA}. */
    record CreateSchema(String name) implements Change {
    }

    /** {@code DROP SCHEMA}. */
    record DropSchema(String name) implements Change {
    }

    /** {@code CREATE TYPE ... AS ENUM}. */
    record CreateEnum(EnumType type) implements Change {
    }

    /** {@code DROP TYPE} of an enum. */
    record DropEnum(EnumType type) implements Change {
    }

    /** {@code ALTER TYPE ... RENAME TO}: {@code from} keeps its schema. */
    record RenameEnum(QualifiedName from, String to) implements Change {
    }

    /**
     * {@code ALTER TYPE ... ADD VALUE [BEFORE]}.
     *
     * @param before       the existing label it goes before, or {@code null} for the end
     * @param valuesBefore the labels before this value is added (for the reverse)
     * @param columns      the columns using the type when the reverse runs (it needs the removal recipe)
     * @param ifNotExists    {@code IF NOT EXISTS}: in a down file, which may run again after a later statement failed
     *                       (rollback commits an added value before a statement that uses it)
     */
    record AddEnumValue(QualifiedName type, String value, String before, List<String> valuesBefore,
                        List<EnumColumn> columns, boolean ifNotExists) implements Change {
        public AddEnumValue {
            valuesBefore = List.copyOf(valuesBefore);
            columns = List.copyOf(columns);
        }

        /** A value added as drizzle-kit adds it. */
        public AddEnumValue(QualifiedName type, String value, String before, List<String> valuesBefore,
                            List<EnumColumn> columns) {
            this(type, value, before, valuesBefore, columns, false);
        }
    }

    /**
     * Labels removed or reordered: PostgreSQL cannot drop a label, so every column using the type goes to
     * {@code text}, the type is dropped and re-created with {@code to}, and the columns go back with {@code USING}.
     */
    record DropEnumValue(QualifiedName type, List<String> from, List<String> to, List<EnumColumn> columns,
                         List<EnumColumn> reverseColumns) implements Change {
        /**
         * @param columns        the columns using the type when this change runs
         * @param reverseColumns the columns using it when the reverse runs
         */
        public DropEnumValue {
            from = List.copyOf(from);
            to = List.copyOf(to);
            columns = List.copyOf(columns);
            reverseColumns = List.copyOf(reverseColumns);
        }
    }

    /** {@code CREATE SEQUENCE}. */
    record CreateSequence(Sequence sequence) implements Change {
    }

    /** {@code ALTER SEQUENCE} with the options of {@code to}. */
    record AlterSequence(Sequence from, Sequence to) implements Change {
        /**
         * True when the new bounds exclude the old start: PostgreSQL refuses bounds that exclude the sequence's
         * value, which is its start until it hands one out, so the change restarts it at the new start.
         */
        public boolean restarts() {
            return !to.options().contains(from.options().start());
        }
    }

    /** {@code DROP SEQUENCE}. */
    record DropSequence(Sequence sequence) implements Change {
    }

    /** {@code ALTER SEQUENCE ... RENAME TO}: a sequence keeps its current value. */
    record RenameSequence(QualifiedName from, String to) implements Change {
    }

    /**
     * {@code ALTER SEQUENCE ... OWNED BY owner}: the sequence is dropped with the column. Set after every table and
     * column is made, since it needs its column.
     */
    record SetSequenceOwner(QualifiedName sequence, ColumnRef owner) implements Change {
    }

    /**
     * {@code ALTER SEQUENCE ... OWNED BY NONE}, before any drop: a sequence that stays (or is dropped on its own) must
     * not go with the table or column that owned it. {@code owner} is the column it had, for the reverse.
     */
    record DropSequenceOwner(QualifiedName sequence, ColumnRef owner) implements Change {
    }

    /** {@code ALTER [MATERIALIZED] VIEW ... RENAME TO}: a materialized view keeps its rows. */
    record RenameView(QualifiedName from, String to, boolean materialized) implements Change {
    }

    /** {@code ALTER SCHEMA ... RENAME TO}: everything in the schema moves with it. */
    record RenameSchema(String from, String to) implements Change {
    }

    /** {@code CREATE TABLE} with columns, primary key, uniques and checks inline. */
    record CreateTable(Table table) implements Change {
    }

    /** {@code DROP TABLE ... CASCADE}; holds the whole table so the reverse can re-create it. */
    record DropTable(Table table) implements Change {
    }

    /** {@code ALTER TABLE ... RENAME TO}: {@code from} keeps its schema. */
    record RenameTable(QualifiedName from, String to) implements Change {
    }

    /** {@code ALTER TABLE ... ADD COLUMN}; {@code primaryKey} when the column is the table's new one-column key. */
    record AddColumn(QualifiedName table, Column column, boolean primaryKey) implements OnTable {
    }

    /** {@code ALTER TABLE ... DROP COLUMN}. */
    record DropColumn(QualifiedName table, Column column) implements OnTable {
    }

    /** {@code ALTER TABLE ... RENAME COLUMN}. */
    record RenameColumn(QualifiedName table, String from, String to) implements OnTable {
    }

    /**
     * {@code ALTER TABLE ... RENAME CONSTRAINT}: a primary key, unique, check or foreign key whose definition is
     * unchanged and whose name is new (as default names are when their table is renamed). Renaming keeps the
     * constraint and its index, where dropping and adding it would rebuild the index or re-check every row.
     */
    record RenameConstraint(QualifiedName table, String from, String to) implements OnTable {
    }

    /** {@code ALTER INDEX ... RENAME TO}: an index whose definition is unchanged and whose name is new; no rebuild. */
    record RenameIndex(QualifiedName table, String from, String to) implements OnTable {
    }

    /**
     * {@code ALTER COLUMN ... SET DATA TYPE}, with {@code USING} when PostgreSQL has no assignment cast; the
     * column's default (of {@code to}) is set again after it, as drizzle-kit does.
     */
    record AlterColumnType(QualifiedName table, Column from, Column to) implements OnTable {
    }

    /** A generated column whose expression changed: dropped and added again. */
    record AlterColumnGenerated(QualifiedName table, Column from, Column to) implements OnTable {
    }

    /** {@code ALTER COLUMN ... SET NOT NULL}; {@code column} is the column after the change. */
    record SetNotNull(QualifiedName table, Column column) implements OnTable {
    }

    /** {@code ALTER COLUMN ... DROP NOT NULL}. */
    record DropNotNull(QualifiedName table, Column column) implements OnTable {
    }

    /** {@code ALTER COLUMN ... SET DEFAULT sql}; {@code previous} is the default before, or {@code null}. */
    record SetDefault(QualifiedName table, String column, String sql, String previous) implements OnTable {
    }

    /** {@code ALTER COLUMN ... DROP DEFAULT}; {@code previous} is the default dropped. */
    record DropDefault(QualifiedName table, String column, String previous) implements OnTable {
    }

    /** {@code ALTER COLUMN ... ADD GENERATED ... AS IDENTITY}. */
    record AddIdentity(QualifiedName table, String column, Identity identity) implements OnTable {
    }

    /** {@code ALTER COLUMN ... DROP IDENTITY}. */
    record DropIdentity(QualifiedName table, String column, Identity identity) implements OnTable {
    }

    /** {@code ALTER COLUMN ... SET ...} for each identity option that differs. */
    record AlterIdentity(QualifiedName table, String column, Identity from, Identity to) implements OnTable {
        /** True when the new bounds exclude the old start, as for {@link AlterSequence#restarts()}. */
        public boolean restarts() {
            return !to.options().contains(from.options().start());
        }
    }

    /** {@code ADD CONSTRAINT ... PRIMARY KEY}. */
    record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements OnTable {
    }

    /** {@code DROP CONSTRAINT} of the primary key. */
    record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements OnTable {
    }

    /** {@code ADD CONSTRAINT ... UNIQUE}. */
    record AddUnique(QualifiedName table, UniqueConstraint unique) implements OnTable {
    }

    /** {@code DROP CONSTRAINT} of a unique constraint. */
    record DropUnique(QualifiedName table, UniqueConstraint unique) implements OnTable {
    }

    /** {@code ADD CONSTRAINT ... CHECK}. */
    record AddCheck(QualifiedName table, CheckConstraint check) implements OnTable {
    }

    /** {@code DROP CONSTRAINT} of a check. */
    record DropCheck(QualifiedName table, CheckConstraint check) implements OnTable {
    }

    /** {@code ADD CONSTRAINT ... FOREIGN KEY}. */
    record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements OnTable {
    }

    /** {@code DROP CONSTRAINT} of a foreign key. */
    record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements OnTable {
    }

    /** {@code CREATE INDEX}. */
    record CreateIndex(QualifiedName table, Index index) implements OnTable {
    }

    /** {@code DROP INDEX}. */
    record DropIndex(QualifiedName table, Index index) implements OnTable {
    }

    /** {@code CREATE [MATERIALIZED] VIEW}. */
    record CreateView(View view) implements Change {
    }

    /** {@code DROP [MATERIALIZED] VIEW}. */
    record DropView(View view) implements Change {
    }

    /** {@code CREATE POLICY}. */
    record CreatePolicy(QualifiedName table, Policy policy) implements OnTable {
    }

    /** {@code ALTER POLICY}: roles, {@code USING} or {@code WITH CHECK} changed. */
    record AlterPolicy(QualifiedName table, Policy from, Policy to) implements OnTable {
    }

    /** {@code DROP POLICY}. */
    record DropPolicy(QualifiedName table, Policy policy) implements OnTable {
    }

    /** {@code CREATE EXTENSION}: only from a schema that declares extensions (a {@code .sql} schema). */
    record CreateExtension(Extension extension) implements Change {
    }

    /** {@code DROP EXTENSION}. */
    record DropExtension(Extension extension) implements Change {
    }

    /** {@code CREATE DOMAIN}. */
    record CreateDomain(Domain domain) implements Change {
    }

    /** {@code ALTER DOMAIN}: default, {@code NOT NULL} or checks changed; the base type is the same. */
    record AlterDomain(Domain from, Domain to) implements Change {
    }

    /** {@code DROP DOMAIN}. */
    record DropDomain(Domain domain) implements Change {
    }

    /** {@code CREATE OR REPLACE FUNCTION} of a new function ({@code from} null) or a changed one. */
    record ReplaceFunction(Function from, Function to) implements Change {
    }

    /** {@code DROP ROUTINE}: a function or procedure. */
    record DropFunction(Function function) implements Change {
    }

    /** {@code CREATE TRIGGER}. */
    record CreateTrigger(Trigger trigger) implements Change {
    }

    /** {@code DROP TRIGGER}. */
    record DropTrigger(Trigger trigger) implements Change {
    }

    /**
     * What a {@code COMMENT ON} is on: a table, one of its columns ({@code column} set) or a view. A new object's
     * comments come with its creation ({@link CreateTable}, {@link AddColumn}, {@link CreateView}).
     */
    record Commented(Kind kind, QualifiedName object, String column) {
        public enum Kind { TABLE, COLUMN, VIEW, MATERIALIZED_VIEW }

        public static Commented table(QualifiedName table) {
            return new Commented(Kind.TABLE, table, null);
        }

        public static Commented column(QualifiedName table, String column) {
            return new Commented(Kind.COLUMN, table, column);
        }

        public static Commented view(View view) {
            return new Commented(view.materialized() ? Kind.MATERIALIZED_VIEW : Kind.VIEW, view.name(), null);
        }
    }

    /** {@code COMMENT ON ... IS}: the comment of an object both schemas have set, changed or removed ({@code to} null). */
    record SetComment(Commented on, String from, String to) implements Change {
    }

    /** {@code ENABLE ROW LEVEL SECURITY}. */
    record EnableRowSecurity(QualifiedName table) implements Change {
    }

    /** {@code DISABLE ROW LEVEL SECURITY}. */
    record DisableRowSecurity(QualifiedName table) implements Change {
    }

    /** {@code FORCE ROW LEVEL SECURITY} ({@code forced}: the table's owner is bound by the policies too) or {@code NO FORCE}. */
    record SetForceRowSecurity(QualifiedName table, boolean forced) implements Change {
    }
}
