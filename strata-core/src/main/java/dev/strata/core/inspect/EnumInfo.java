package dev.strata.core.inspect;

import java.util.List;

/**
 * One enum type with its labels in their sort order.
 *
 * @param schema  the schema
 * @param name    the type name
 * @param labels  the labels, ordered as PostgreSQL sorts them ({@code enumsortorder})
 * @param comment {@code COMMENT ON TYPE}, or {@code null}
 */
public record EnumInfo(String schema, String name, List<String> labels, String comment) {
    public EnumInfo {
        labels = List.copyOf(labels);
    }
}
