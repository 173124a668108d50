package dev.strata.core.source.dsl;

import dev.strata.core.model.Deferral;
import dev.strata.core.model.ReferentialAction;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The table-level parts of a definition, frozen when it ends; names are {@code null} where Drizzle's default applies. */
final class Specs {
    private Specs() {
    }

    record PrimaryKeySpec(String name, List<PgColumn> columns) {
    }

    record UniqueSpec(String name, List<PgColumn> columns, Nulls nulls) {
    }

    record CheckSpec(String name, Sql expression, boolean validated) {
    }

    record ForeignKeySpec(String name, List<PgColumn> columns, Supplier<List<PgColumn>> targets,
                          ReferentialAction onDelete, ReferentialAction onUpdate, boolean matchFull, Deferral deferral,
                          boolean validated) {
    }

    record IndexSpec(String name, boolean unique, String method, List<IndexTerm> keys, List<PgColumn> include,
                     Sql where, Map<String, String> with, boolean nullsNotDistinct) {
    }

    record PolicySpec(String name, boolean permissive, String command, List<String> roles, Sql using, Sql withCheck) {
    }
}
