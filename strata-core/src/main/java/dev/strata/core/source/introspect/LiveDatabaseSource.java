package dev.strata.core.source.introspect;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the schema of a live database: a fixed number of catalog queries (fourteen, one more when
 * foreign keys point outside the filter), whatever the number of tables, in one
 * {@code REPEATABLE READ READ ONLY} transaction, so the result is consistent even while migrations
 * run elsewhere. One connection on purpose: most of the cost is the server warming its catalog
 * caches, which every extra connection would pay again (measured: slower on 2 and 4 connections).
 */
public final class LiveDatabaseSource {
    /** The oldest server whose catalog the queries know. */
    public static final int OLDEST_MAJOR = 13;

    private LiveDatabaseSource() {
    }

    /** The schema of the objects {@code filter} selects, read on one connection, which is left as it was found. */
    public static Schema read(Connection connection, InspectFilter filter) {
        try {
            int major = checkedMajor(connection);
            boolean autoCommit = connection.getAutoCommit();
            boolean readOnly = connection.isReadOnly();
            int isolation = connection.getTransactionIsolation();
            begin(connection);
            try {
                Catalog catalog = new Catalog(connection);
                Scopes scopes = new Scopes(filter);
                return assemble(catalog, scopes, major);
            } finally {
                connection.rollback();
                connection.setReadOnly(readOnly);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Schema assemble(Catalog c, Scopes scopes, int major) {
        List<ColumnRow> columns = ColumnQuery.run(c, scopes);
        List<ConstraintRow> constraints = ConstraintQuery.run(c, scopes, major);
        ColumnNames names = new ColumnNames(columns);
        names.addReferencedOutsideScope(c, constraints);
        var assembler = new SchemaAssembler(RelationQuery.run(c, scopes), columns, SequenceQuery.run(c, scopes));
        assembler.addConstraints(constraints, names);
        assembler.addIndexes(IndexQuery.indexes(c, scopes, major), IndexQuery.keys(c, scopes));
        assembler.addPolicies(PolicyQuery.run(c, scopes));
        return assembler.schema(NamespaceQuery.schemas(c, scopes), NamespaceQuery.extensions(c),
                TypeQuery.enums(c, scopes), TypeQuery.domains(c, scopes),
                RoutineQuery.functions(c, scopes), RoutineQuery.triggers(c, scopes));
    }

    private static int checkedMajor(Connection connection) throws SQLException {
        int major = connection.getMetaData().getDatabaseMajorVersion();
        if (major < OLDEST_MAJOR) {
            throw new StrataException.Input(new Problem("introspect.server-too-old", null, 0, null, null,
                    "PostgreSQL " + major + " is older than " + OLDEST_MAJOR + ", the oldest version Strata reads", null,
                    "upgrade the server to PostgreSQL " + OLDEST_MAJOR + " or later", null));
        }
        return major;
    }

    private static void begin(Connection c) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
    }

    private static StrataException failed(SQLException e) {
        return new StrataException.Database(new Problem("introspect.failed", null, 0, null, e.getSQLState(),
                "reading the schema failed: " + e.getMessage(), null,
                "check the connection and that the user may read pg_catalog", null), e);
    }
}
