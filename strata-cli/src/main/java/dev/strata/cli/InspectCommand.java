package dev.strata.cli;

import dev.strata.core.Problem;
import dev.strata.core.Strata;
import dev.strata.core.StrataException;
import dev.strata.core.config.DatabaseUrl;
import dev.strata.core.inspect.ColumnInfo;
import dev.strata.core.inspect.InspectFilter;
import dev.strata.core.inspect.Inspector;
import dev.strata.core.inspect.TableName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** {@code strata inspect}: what the database holds, as psql's \d commands show it. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {
                "Show tables, columns, indexes, sequences, enums and foreign keys.",
                "",
                "  tables         tables, views and partitioned tables: row estimate, sizes,",
                "                 row-level security, comment (the default)",
                "  columns TABLE  the columns of one table (name or schema.name)",
                "  indexes        indexes: size, scans since statistics were reset, definition",
                "  sequences      sequences: settings, last value, owning column",
                "  enums          enum types and their labels in order",
                "  fks            foreign keys: columns, actions, deferrable, validated",
                "",
                "Lists every schema but pg_catalog, information_schema, pg_toast and the",
                "tracking schema (drizzle), unless --schema names them. Reads only, in a",
                "read-only transaction; one catalog query per listing.",
                ""})
final class InspectCommand extends GlobalCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "WHAT", defaultValue = "tables",
            description = "tables (default), columns, indexes, sequences, enums or fks.")
    String what;

    @Parameters(index = "1", arity = "0..1", paramLabel = "TABLE", description = "For columns: the table, as name or schema.name.")
    String table;

    @Option(names = {"-n", "--schema"}, paramLabel = "NAME", split = ",",
            description = "Only these schemas (repeat, or separate with commas). Default: all but the system and tracking schemas.")
    List<String> schemas = new ArrayList<>();

    @Option(names = {"-t", "--table"}, paramLabel = "GLOB", split = ",",
            description = "Only names matching GLOB (* any run, ? one character; repeat or separate with commas): "
                    + "the table for tables and indexes, either end for fks, the own name for sequences and enums.")
    List<String> globs = new ArrayList<>();

    /** What a listing printed: the JSON document and the text, both made while the connection was open. */
    private record Rendered(Map<String, Object> json, String text) {
    }

    @Override
    public Integer call() {
        Listing listing = Listing.named(what);
        listing.checkTable(table);
        Strata strata = global.strata();
        InspectFilter filter = new InspectFilter(schemas, globs, strata.config().trackingSchema());
        Rendered rendered = readOnly(strata.databaseUrl(), inspector -> render(listing, inspector, filter));
        Environment env = global.env();
        if (global.json) {
            env.out().println(Json.write(rendered.json()));
        } else {
            env.out().print(rendered.text());
            env.out().flush();
        }
        return 0;
    }

    private Rendered render(Listing listing, Inspector inspector, InspectFilter filter) {
        return switch (listing) {
            case TABLES -> rendered(listing, inspector.tables(filter), InspectJson::table, InspectText::tables);
            case COLUMNS -> columns(inspector);
            case INDEXES -> rendered(listing, inspector.indexes(filter), InspectJson::index, InspectText::indexes);
            case SEQUENCES -> rendered(listing, inspector.sequences(filter), InspectJson::sequence, InspectText::sequences);
            case ENUMS -> rendered(listing, inspector.enums(filter), InspectJson::enumType, InspectText::enums);
            case FKS -> rendered(listing, inspector.foreignKeys(filter), InspectJson::foreignKey, InspectText::foreignKeys);
        };
    }

    private Rendered columns(Inspector inspector) {
        TableArgument arg = TableArgument.parse(table);
        // An unqualified name with one --schema is looked for there.
        String schema = arg.schema() == null && schemas.size() == 1 ? schemas.get(0) : arg.schema();
        TableName name = inspector.find(schema, arg.name());
        List<ColumnInfo> columns = inspector.columns(name.schema(), name.name());
        return new Rendered(InspectJson.columns(name, columns), InspectText.columns(name, columns));
    }

    private static <T> Rendered rendered(Listing listing, List<T> rows, Function<T, Map<String, Object>> json,
                                         Function<List<T>, String> text) {
        return new Rendered(InspectJson.document(listing.word, listing.jsonKey, rows.stream().map(json).toList()),
                text.apply(rows));
    }

    /** Runs {@code work} in a read-only transaction, rolled back after. */
    private static <T> T readOnly(DatabaseUrl url, Function<Inspector, T> work) {
        try (Connection c = url.connect()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            T result = work.apply(new Inspector(c));
            c.rollback();
            return result;
        } catch (SQLException e) {
            throw new StrataException.Unavailable(new Problem("database.connection", null, 0, null, e.getSQLState(),
                    "the connection to " + url.redacted() + " failed: " + e.getMessage(), null,
                    "check the server log and run the command again", "nothing was changed: inspect only reads"), e);
        }
    }

    /** The listings, by the word that names them on the command line. */
    enum Listing {
        TABLES("tables", "tables"),
        COLUMNS("columns", "columns"),
        INDEXES("indexes", "indexes"),
        SEQUENCES("sequences", "sequences"),
        ENUMS("enums", "enums"),
        FKS("fks", "foreignKeys");

        private final String word;
        private final String jsonKey;

        Listing(String word, String jsonKey) {
            this.word = word;
            this.jsonKey = jsonKey;
        }

        static Listing named(String word) {
            return Arrays.stream(values()).filter(l -> l.word.equals(word)).findFirst().orElseThrow(() ->
                    new StrataException.Input(Problem.of("inspect.unknown-listing", "strata inspect cannot list \"" + word + "\"",
                            "use one of: tables, columns TABLE, indexes, sequences, enums, fks")));
        }

        void checkTable(String table) {
            if (this == COLUMNS && table == null) {
                throw new StrataException.Input(Problem.of("inspect.missing-table", "strata inspect columns needs a table",
                        "name it: strata inspect columns users (or billing.accounts); strata inspect tables lists them"));
            }
            if (this != COLUMNS && table != null) {
                throw new StrataException.Input(Problem.of("inspect.unexpected-table",
                        "strata inspect " + word + " takes no table name, but was given \"" + table + "\"",
                        "to keep only some tables, use --table '" + table + "' (a glob: users, user*)"));
            }
        }
    }
}
