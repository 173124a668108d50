package dev.strata.core.inspect;

import dev.strata.core.model.ReferentialAction;
import java.util.List;

/**
 * One foreign key. On a partitioned table it is listed once, on the partitioned table, not on each
 * partition.
 *
 * @param name              the constraint name
 * @param from              the referring table
 * @param fromColumns       its columns, in key order
 * @param to                the referenced table
 * @param toColumns         the referenced columns, in key order
 * @param onDelete          {@code ON DELETE}
 * @param onUpdate          {@code ON UPDATE}
 * @param deferrable        whether it may be deferred ({@code DEFERRABLE})
 * @param initiallyDeferred whether it is checked at commit unless told otherwise ({@code INITIALLY DEFERRED})
 * @param validated         {@code false} after {@code NOT VALID}: existing rows are unchecked until
 *                          {@code ALTER TABLE ... VALIDATE CONSTRAINT}
 */
public record ForeignKeyInfo(
        String name, TableName from, List<String> fromColumns, TableName to, List<String> toColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable, boolean initiallyDeferred,
        boolean validated) {

    public ForeignKeyInfo {
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
    }
}
