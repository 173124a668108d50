package dev.strata.core;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code strata pull} reads and how it names the baseline.
 *
 * @param schemas schemas to read; empty means every schema but the system and tracking schemas
 * @param tables  table name globs; empty means all
 * @param name    the baseline's name: the migration becomes {@code 0000_<name>}
 */
public record PullOptions(List<String> schemas, List<String> tables, String name) {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    public PullOptions {
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        name = name == null ? "baseline" : name;
        if (!SNAKE_CASE.matcher(name).matches()) {
            throw new StrataException.Input(Problem.of("pull.bad-name", "migration name \"" + name + "\" is not snake_case",
                    "use lower-case letters, digits and single underscores, e.g. --name initial_schema"));
        }
    }
}
