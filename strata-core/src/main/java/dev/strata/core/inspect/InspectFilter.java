package dev.strata.core.inspect;

import java.util.List;

/**
 * Which objects a listing shows.
 *
 * @param schemas        schemas to list, exactly; empty means every schema except the system ones
 *                       ({@code pg_catalog}, {@code information_schema}, {@code pg_toast}, temporary
 *                       schemas) and the tracking schema
 * @param tables         name globs ({@code *} any run of characters, {@code ?} one character, case-sensitive);
 *                       empty means all. They match a table's name for tables; the indexed table for
 *                       indexes; the referring or the referenced table for foreign keys; the object's own
 *                       name for sequences and enums
 * @param trackingSchema Strata's tracking schema ({@code drizzle}), left out unless named in {@code schemas};
 *                       {@code null} to leave out nothing more than the system schemas
 */
public record InspectFilter(List<String> schemas, List<String> tables, String trackingSchema) {

    /** The tracking schema left out by {@link #all()}. */
    public static final String DEFAULT_TRACKING_SCHEMA = "drizzle";

    public InspectFilter {
        schemas = List.copyOf(schemas == null ? List.of() : schemas);
        tables = List.copyOf(tables == null ? List.of() : tables);
        for (String s : schemas) {
            if (s.isBlank()) {
                throw new IllegalArgumentException("a schema name must not be blank");
            }
        }
        for (String t : tables) {
            if (t.isBlank()) {
                throw new IllegalArgumentException("a table glob must not be blank");
            }
        }
    }

    /** Every non-system schema but {@code drizzle}, every name. */
    public static InspectFilter all() {
        return new InspectFilter(List.of(), List.of(), DEFAULT_TRACKING_SCHEMA);
    }

    /** This filter listing exactly {@code names} (all non-system schemas when empty). */
    public InspectFilter inSchemas(List<String> names) {
        return new InspectFilter(names, tables, trackingSchema);
    }

    /** This filter keeping only names that match one of {@code globs} (all when empty). */
    public InspectFilter matching(List<String> globs) {
        return new InspectFilter(schemas, globs, trackingSchema);
    }

    /** This filter leaving out {@code schema} as the tracking schema instead. */
    public InspectFilter withTrackingSchema(String schema) {
        return new InspectFilter(schemas, tables, schema);
    }

    /** The globs as {@code LIKE} patterns: {@code *} becomes {@code %}, {@code ?} becomes {@code _}, the rest literal. */
    List<String> likePatterns() {
        return tables.stream().map(InspectFilter::like).toList();
    }

    private static String like(String glob) {
        StringBuilder out = new StringBuilder(glob.length() + 4);
        for (char ch : glob.toCharArray()) {
            switch (ch) {
                case '*' -> out.append('%');
                case '?' -> out.append('_');
                case '%', '_', '\\' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
