package dev.strata.core.lint;

import java.util.List;

/** A rule's logic: reads a whole migration, reports what it finds; suppressions are the linter's job. */
sealed interface Rule permits AddColumnNotNullWithoutDefault, CreateIndexNotConcurrently, AddConstraintWithoutNotValid,
        SetNotNull, ColumnTypeChange, DropColumn, DropTable, EnumValueRemoval, Rename, DdlWithDataChanges,
        UpdateDeleteWithoutWhere, AddEnumValueInTransaction, MissingIfExists, LockTimeoutNotSet {

    LintRule description();

    List<Finding> check(MigrationScript script);
}
