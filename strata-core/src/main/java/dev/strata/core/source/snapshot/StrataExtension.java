package dev.strata.core.source.snapshot;

import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.Deferral;

import java.util.List;
import java.util.Objects;

/**
 * Objects Drizzle's snapshot cannot hold, kept in the top-level key {@code "strata"}: written last, and only when
 * some list is non-empty; inside it each non-empty list is written, in the order of the components below.
 *
 * <pre>
 * "strata": {
 *   "functions":  [{"schema", "name", "arguments", "definition"}],
 *   "triggers":   [{"schema", "table", "name", "definition"}],
 *   "extensions": [{"name", "schema"}],
 *   "comments":   [{"target": "table" | "column" | "view", "schema", "table", "column"?, "text"}],
 *   "domains":    [{"schema", "name", "definition"}],
 *   "tables":     [{"schema", "table", "forceRowSecurity"?, "partitionBy"?, "partitionOf"?, "bound"?,
 *                   "columns"?: [{"name", "collation"}],
 *                   "foreignKeys"?: [{"name", "matchFull"?, "deferral"?, "notValid"?}],
 *                   "checks"?: [{"name", "notValid"}],
 *                   "indexes"?: [{"name", "include"?, "nullsNotDistinct"?, "collations"?: [string | null]}]}],
 *   "sequences":  [{"schema", "name", "type", "ownedBy"?: {"schema", "table", "column"}}]
 * }
 * </pre>
 *
 * drizzle-kit accepts such a file: it validates a snapshot with {@code pgSchemaInternal.merge(schemaHash)}
 * ({@code drizzle-kit/src/serializer/pgSchema.ts}); zod's {@code merge} takes the unknown-key policy of its argument,
 * and {@code schemaHash} is not strict, so an unknown top-level key is stripped rather than refused. The nested
 * objects are strict, which is why the extension lives at the top level. drizzle-kit does not carry it into the
 * snapshots it writes. {@code "tables"} holds the options of a table and its parts that drizzle's entries have no
 * field for, only for tables that use one; {@code "sequences"} the type of a sequence that is not {@code bigint} and
 * the column owning a sequence that is not a serial's, only for sequences that have one of them.
 */
public record StrataExtension(
        List<Function> functions,
        List<Trigger> triggers,
        List<Extension> extensions,
        List<Comment> comments,
        List<Domain> domains,
        List<TableOptions> tables,
        List<SequenceOptions> sequences) {

    public static final StrataExtension EMPTY = new StrataExtension(List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of());

    public StrataExtension {
        functions = Copies.list(functions, "functions");
        triggers = Copies.list(triggers, "triggers");
        extensions = Copies.list(extensions, "extensions");
        comments = Copies.list(comments, "comments");
        domains = Copies.list(domains, "domains");
        tables = Copies.list(tables, "tables");
        sequences = Copies.list(sequences, "sequences");
    }

    public boolean isEmpty() {
        return functions.isEmpty() && triggers.isEmpty() && extensions.isEmpty() && comments.isEmpty()
                && domains.isEmpty() && tables.isEmpty() && sequences.isEmpty();
    }

    /** A function or procedure; {@code arguments} is the argument list as PostgreSQL prints it, without parentheses. */
    public record Function(String schema, String name, String arguments, String definition) {
        public Function {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
            Objects.requireNonNull(definition, "definition");
        }
    }

    /** A trigger on {@code schema.table}; {@code definition} is the full {@code CREATE TRIGGER} text. */
    public record Trigger(String schema, String table, String name, String definition) {
        public Trigger {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definition, "definition");
        }
    }

    /** An installed extension and the schema it lives in. */
    public record Extension(String name, String schema) {
        public Extension {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(schema, "schema");
        }
    }

    /** What a comment is on. */
    public enum Target {
        TABLE("table"),
        COLUMN("column"),
        VIEW("view");

        private final String json;

        Target(String json) {
            this.json = json;
        }

        /** The word in the file. */
        public String json() {
            return json;
        }

        /** The target written as {@code word}, or {@code null} for an unknown word. */
        public static Target fromJson(String word) {
            for (Target t : values()) {
                if (t.json.equals(word)) {
                    return t;
                }
            }
            return null;
        }
    }

    /** {@code COMMENT ON} a table, a column or a view ({@code table} names it); {@code column} only for a column. */
    public record Comment(Target target, String schema, String table, String column, String text) {
        public Comment {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(text, "text");
            if ((target == Target.COLUMN) != (column != null)) {
                throw new IllegalArgumentException("a column comment needs a column, a table comment none");
            }
        }
    }

    /**
     * What drizzle's table entry cannot say about {@code schema.table}: {@code FORCE ROW LEVEL SECURITY}, partitioning,
     * and options of its columns, foreign keys, checks and indexes, each by name.
     */
    public record TableOptions(String schema, String table, boolean forceRowSecurity, Partitioning partitioning,
                               List<ColumnCollation> columns, List<ForeignKeyOptions> foreignKeys,
                               List<String> notValidChecks, List<IndexOptions> indexes) {
        public TableOptions {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            columns = Copies.list(columns, "columns");
            foreignKeys = Copies.list(foreignKeys, "foreignKeys");
            notValidChecks = Copies.list(notValidChecks, "checks");
            indexes = Copies.list(indexes, "indexes");
        }

        boolean isEmpty() {
            return !forceRowSecurity && partitioning == null && columns.isEmpty() && foreignKeys.isEmpty()
                    && notValidChecks.isEmpty() && indexes.isEmpty();
        }
    }

    /** A column's {@code COLLATE}. */
    public record ColumnCollation(String name, String collation) {
        public ColumnCollation {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(collation, "collation");
        }
    }

    /**
     * {@code PARTITION BY partitionBy} (a partitioned table), and for a partition the table it is a partition
     * {@code of} ({@code "schema.name"}) with its {@code bound} ({@code FOR VALUES ...} or {@code DEFAULT}).
     */
    public record Partitioning(String partitionBy, String partitionOf, String bound) {
    }

    /** A foreign key's {@code MATCH FULL}, {@code DEFERRABLE} and {@code NOT VALID}. */
    public record ForeignKeyOptions(String name, boolean matchFull, Deferral deferral, boolean notValid) {
        public ForeignKeyOptions {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(deferral, "deferral");
        }
    }

    /**
     * An index's {@code INCLUDE} columns, {@code NULLS NOT DISTINCT}, and the {@code COLLATE} of each key in order
     * ({@code null} for a key without one; an empty list when no key has one).
     */
    public record IndexOptions(String name, List<String> include, boolean nullsNotDistinct, List<String> collations) {
        public IndexOptions {
            Objects.requireNonNull(name, "name");
            include = Copies.list(include, "include");
            collations = Copies.listWithNulls(collations, "collations");
        }
    }

    /** The data type of a sequence and the column that owns it ({@code OWNED BY}), or {@code null}. */
    public record SequenceOptions(String schema, String name, String type, ColumnRef ownedBy) {
        public SequenceOptions {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A domain; {@code definition} is the text after {@code CREATE DOMAIN name AS}. */
    public record Domain(String schema, String name, String definition) {
        public Domain {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(definition, "definition");
        }
    }
}
