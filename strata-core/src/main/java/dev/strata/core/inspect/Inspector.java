package dev.strata.core.inspect;

import java.sql.Connection;
import java.util.List;

/**
 * Reads what a live database holds, for people: each method is one set-based catalog query (plus a
 * name check where a name was given), whatever the number of tables. Works on PostgreSQL 13 and later.
 * <p>
 * The connection stays the caller's: the inspector neither closes it nor changes its settings, and
 * only reads. Failures are {@link dev.strata.core.StrataException}s: {@code Input} for a table or
 * schema that does not exist (naming the closest ones), {@code Database} when a query fails.
 */
public final class Inspector {
    private final Catalog catalog;

    /** An inspector reading through {@code connection}. */
    public Inspector(Connection connection) {
        if (connection == null) {
            throw new IllegalArgumentException("an inspector needs a connection");
        }
        this.catalog = new Catalog(connection);
    }

    /** Tables, partitioned tables, views, materialized views and foreign tables, by schema and name. */
    public List<TableInfo> tables(InspectFilter filter) {
        NameLookup.requireSchemas(catalog, filter);
        return TableQuery.run(catalog, filter);
    }

    /**
     * The relation a user named: {@code schema} exactly, or with {@code schema == null} the one on the
     * search path, else the only one in any non-system schema.
     *
     * @throws dev.strata.core.StrataException.Input when there is none (naming close ones) or several
     */
    public TableName find(String schema, String name) {
        return NameLookup.find(catalog, schema, name);
    }

    /**
     * The columns of a table, view, materialized view or foreign table, by position.
     *
     * @param schema the schema, or {@code null} to look the name up as {@link #find} does
     * @throws dev.strata.core.StrataException.Input when there is no such relation (naming close ones)
     */
    public List<ColumnInfo> columns(String schema, String table) {
        TableName name = schema == null ? find(null, table) : new TableName(schema, table);
        List<ColumnInfo> columns = ColumnQuery.run(catalog, name);
        if (columns == null) {
            find(schema, table); // throws, with the closest names
            throw new IllegalStateException(name + " vanished while being read");
        }
        return columns;
    }

    /** Indexes of the tables the filter keeps, with size and scan count. */
    public List<IndexInfo> indexes(InspectFilter filter) {
        NameLookup.requireSchemas(catalog, filter);
        return IndexQuery.run(catalog, filter);
    }

    /** Sequences, with settings, last value and owning column. */
    public List<SequenceInfo> sequences(InspectFilter filter) {
        NameLookup.requireSchemas(catalog, filter);
        return SequenceQuery.run(catalog, filter);
    }

    /** Enum types with their labels in sort order. */
    public List<EnumInfo> enums(InspectFilter filter) {
        NameLookup.requireSchemas(catalog, filter);
        return EnumQuery.run(catalog, filter);
    }

    /** Foreign keys whose referring table is in the filter's schemas and whose referring or referenced table matches its globs. */
    public List<ForeignKeyInfo> foreignKeys(InspectFilter filter) {
        NameLookup.requireSchemas(catalog, filter);
        return ForeignKeyQuery.run(catalog, filter);
    }
}
