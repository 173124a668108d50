package dev.strata.core.source.dsl;

import dev.strata.core.model.Partitioning;

import java.util.List;

/** Everything a table's definition said, frozen when it ends. */
record TableSpec(List<ColumnSpec> columns, Specs.PrimaryKeySpec primaryKey, List<Specs.UniqueSpec> uniques,
                 List<Specs.CheckSpec> checks, List<Specs.ForeignKeySpec> foreignKeys, List<Specs.IndexSpec> indexes,
                 List<Specs.PolicySpec> policies, boolean rowSecurity, boolean forceRowSecurity, String comment,
                 Partitioning partitioning) {
    TableSpec {
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        policies = List.copyOf(policies);
    }
}
