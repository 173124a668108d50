package dev.strata.core.source.sql;

import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.model.Schema;
import dev.strata.core.script.SqlSplitter;
import dev.strata.core.script.Statement;
import dev.strata.core.script.UnterminatedSqlException;
import dev.strata.core.source.introspect.LiveDatabaseSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Loads a schema written as plain DDL: runs the file's statements, in order, in an empty (shadow)
 * database and introspects what they built. A statement that fails is reported with its file and line.
 */
public final class SqlFileSource {
    private SqlFileSource() {
    }

    /**
     * The schema {@code file} builds.
     *
     * @param empty a connection to an empty throwaway database; the file's objects are left in it
     */
    public static Schema load(Path file, Connection empty) {
        String text = read(file);
        try (java.sql.Statement jdbc = empty.createStatement()) {
            for (Statement s : split(file, text)) {
                try {
                    jdbc.execute(s.sql());
                } catch (SQLException e) {
                    throw new StrataException.Input(new Problem("schema.sql-failed", file, s.line(), s.sql(), e.getSQLState(),
                            "statement " + s.index() + " of the schema file failed: " + e.getMessage(), null,
                            "fix the statement in the schema file; it runs in a throwaway database, nothing else was touched",
                            null), e);
                }
            }
            return LiveDatabaseSource.read(empty, InspectFilter.all());
        } catch (SQLException e) {
            throw new StrataException.Database(Problem.of("schema.shadow-failed", "cannot use the shadow database: "
                    + e.getMessage(), "check the shadow database's server"), e);
        }
    }

    private static java.util.List<Statement> split(Path file, String text) {
        try {
            return SqlSplitter.split(text);
        } catch (UnterminatedSqlException e) {
            throw new StrataException.Input(Problem.inFile("schema.unterminated", file, e.line(), e.getMessage(),
                    "close the string, quoted name, comment or dollar-quoted body that starts there"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StrataException.Input(Problem.inFile("schema.unreadable", file, 0, "cannot read the schema file: "
                    + e.getMessage(), "check the path given with --schema or [schema] source in strata.toml"));
        }
    }
}
