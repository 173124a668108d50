package dev.strata.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code strata pull} reads and how it names the baseline.
 *
 * @param schemas schemas to read; empty means every schema but the system and tracking schemas
 * @param tables  table name globs; empty means all
 * @param name    the baseline's name: the migration becomes {@code 0000_<name>}
 * @param java    where to write the schema as Java DSL source ({@code .../Schema.java}; its package comes
 *                from the folders after {@code java/}), or {@code null} for none
 */
public record PullOptions(List<String> schemas, List<String> tables, String name, java.nio.file.Path java) {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    public PullOptions {
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        name = name == null ? "baseline" : name;
        if (!SNAKE_CASE.matcher(name).matches()) {
            throw new StrataException.Input(Problem.of("pull.bad-name", "migration name \"" + name + "\" is not snake_case",
                    "use lower-case letters, digits and single underscores, e.g. --name initial_schema"));
        }
        if (java != null && !java.getFileName().toString().matches("[A-Za-z_$][A-Za-z0-9_$]*\\.java")) {
            throw new StrataException.Input(Problem.of("pull.bad-java-file", java + " is not a Java source file name",
                    "name it after its class, e.g. --java src/main/java/com/acme/db/Schema.java"));
        }
    }

    /** Options without Java output. */
    public PullOptions(List<String> schemas, List<String> tables, String name) {
        this(schemas, tables, name, null);
    }
}
