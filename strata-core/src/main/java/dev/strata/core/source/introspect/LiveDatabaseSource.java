package dev.strata.core.source.introspect;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.inspect.Catalog;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the schema of a live database: a fixed number of catalog queries (fourteen), whatever the
 * number of tables. Reads run in one {@code REPEATABLE READ READ ONLY} transaction, so they see one
 * consistent state even while migrations run elsewhere.
 */
public final class LiveDatabaseSource {
    /** The oldest server whose catalog the queries know. */
    public static final int OLDEST_MAJOR = 13;

    private LiveDatabaseSource() {
    }

    /** The schema of the objects {@code filter} selects; the connection is left as it was found. */
    public static Schema read(Connection connection, InspectFilter filter) {
        try {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < OLDEST_MAJOR) {
                throw new StrataException.Input(new Problem("introspect.server-too-old", null, 0, null, null,
                        "PostgreSQL " + major + " is older than " + OLDEST_MAJOR + ", the oldest version Strata reads", null,
                        "upgrade the server to PostgreSQL " + OLDEST_MAJOR + " or later", null));
            }
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return readAll(new Catalog(connection), new Scopes(filter), major);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new StrataException.Database(new Problem("introspect.failed", null, 0, null, e.getSQLState(),
                    "reading the schema failed: " + e.getMessage(), null,
                    "check the connection and that the user may read pg_catalog", null), e);
        }
    }

    private static Schema readAll(Catalog catalog, Scopes scopes, int major) {
        var assembler = new SchemaAssembler(RelationQuery.run(catalog, scopes), ColumnQuery.run(catalog, scopes),
                SequenceQuery.run(catalog, scopes));
        assembler.addConstraints(ConstraintQuery.run(catalog, scopes, major));
        assembler.addIndexes(IndexQuery.indexes(catalog, scopes, major), IndexQuery.keys(catalog, scopes));
        assembler.addPolicies(PolicyQuery.run(catalog, scopes));
        return assembler.schema(NamespaceQuery.schemas(catalog, scopes), NamespaceQuery.extensions(catalog),
                TypeQuery.enums(catalog, scopes), TypeQuery.domains(catalog, scopes),
                RoutineQuery.functions(catalog, scopes), RoutineQuery.triggers(catalog, scopes));
    }
}
