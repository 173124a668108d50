package dev.strata.core.plan;

import dev.strata.core.diff.Change;
import dev.strata.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups a migration runs in, in order. It follows drizzle-kit's statement order (so generated files match
 * its output) where that order is sound: containers and types before tables, all tables before any foreign key
 * (so cycles work), drops of what depends on a column or table before the drop itself, and the drops of
 * types, sequences and schemas last. Within a group, changes keep diff order. One deliberate difference: a primary
 * key is added after new columns (drizzle-kit adds it before them, which fails when the key is on a new column).
 * Extensions, domains and functions (from a {@code .sql} schema) come before the tables that may use them, triggers
 * after; their drops after what used them, except that a domain or extension made again (a new base type or
 * schema) is dropped just before it is created. Constraints and indexes keeping their definition under a new name are
 * renamed after every drop (whose name they may take) and before every addition (which may take theirs); in a down
 * migration too, since they name their table as the other changes do. A sequence loses its owner before any table or
 * column is dropped (which would drop the sequence too) and gets its new one once every column is there.
 */
enum Phase {
    DROP_TRIGGER, CREATE_SCHEMA, EXTENSION, ENUM, DOMAIN, SEQUENCE, FUNCTION, CREATE_TABLE, CREATE_PARTITION, ROW_SECURITY, RENAME_VIEW,
    DROP_VIEW, RENAME_TABLE, RENAME_COLUMN, DROP_SEQUENCE_OWNER, DROP_UNIQUE_CHECK, DROP_FOREIGN_KEY, DROP_PARTITION, DROP_TABLE,
    ENUM_RECIPE, DROP_INDEX, DROP_PRIMARY_KEY, RENAME_CONSTRAINT_INDEX, ALTER_COLUMN, ADD_COLUMN, SET_SEQUENCE_OWNER, ADD_PRIMARY_KEY,
    NEW_TABLE_FOREIGN_KEY, NEW_TABLE_INDEX, FOREIGN_KEY,
    INDEX, DROP_COLUMN, ADD_UNIQUE_CHECK, CREATE_VIEW, DROP_POLICY, CREATE_POLICY, ALTER_POLICY, CREATE_TRIGGER, COMMENT,
    DROP_FUNCTION, DROP_DOMAIN, DROP_ENUM, DROP_SEQUENCE, DROP_EXTENSION, DROP_SCHEMA,
    /** Only in a down migration: its renames undo the up's first renames, after everything else. */
    LATE_RENAME;

    /** {@code changes} in dependency order (stable within a phase). */
    static List<Change> order(List<Change> changes) {
        return order(changes, false);
    }

    /**
     * {@code changes} in dependency order; with {@code renamesLast} (a down migration, whose other changes name
     * objects as they are before its renames) the renames run at the end.
     */
    static List<Change> order(List<Change> changes, boolean renamesLast) {
        Set<QualifiedName> newTables = new HashSet<>();
        Set<String> remade = new HashSet<>();
        changes.forEach(c -> {
            if (c instanceof Change.CreateTable t) {
                newTables.add(t.table().name());
            } else if (c instanceof Change.CreateDomain d) {
                remade.add("domain " + d.domain().name());
            } else if (c instanceof Change.CreateExtension e) {
                remade.add("extension " + e.extension().name());
            }
        });
        List<Change> out = new ArrayList<>(changes);
        out.sort(Comparator.comparing(c -> remade(c, remade).orElseGet(() -> of(c, newTables, renamesLast))));
        return RenameChains.ordered(out);
    }

    /** A drop of a domain or extension that is created again in the same migration runs just before the creation. */
    private static Optional<Phase> remade(Change change, Set<String> remade) {
        if (change instanceof Change.DropDomain d && remade.contains("domain " + d.domain().name())) {
            return Optional.of(DOMAIN);
        }
        if (change instanceof Change.DropExtension e && remade.contains("extension " + e.extension().name())) {
            return Optional.of(EXTENSION);
        }
        return Optional.empty();
    }

    private static boolean isPartition(dev.strata.core.model.Table table) {
        return table.partitioning() != null && table.partitioning().parent() != null;
    }

    /** The phase of every kind whose phase does not depend on the other changes. */
    private static final Map<Class<? extends Change>, Phase> FIXED = Map.ofEntries(
            Map.entry(Change.CreateSchema.class, CREATE_SCHEMA),
            Map.entry(Change.RenameSchema.class, CREATE_SCHEMA),
            Map.entry(Change.CreateEnum.class, ENUM),
            Map.entry(Change.RenameEnum.class, ENUM),
            Map.entry(Change.RenameTable.class, RENAME_TABLE),
            Map.entry(Change.RenameView.class, RENAME_VIEW),
            Map.entry(Change.RenameColumn.class, RENAME_COLUMN),
            Map.entry(Change.AddEnumValue.class, ENUM),
            Map.entry(Change.CreateSequence.class, SEQUENCE),
            Map.entry(Change.AlterSequence.class, SEQUENCE),
            Map.entry(Change.RenameSequence.class, SEQUENCE),
            Map.entry(Change.SetSequenceOwner.class, SET_SEQUENCE_OWNER),
            Map.entry(Change.DropSequenceOwner.class, DROP_SEQUENCE_OWNER),
            Map.entry(Change.CreateTable.class, CREATE_TABLE),
            Map.entry(Change.DisableRowSecurity.class, ROW_SECURITY),
            Map.entry(Change.DropView.class, DROP_VIEW),
            Map.entry(Change.DropUnique.class, DROP_UNIQUE_CHECK),
            Map.entry(Change.DropCheck.class, DROP_UNIQUE_CHECK),
            Map.entry(Change.DropForeignKey.class, DROP_FOREIGN_KEY),
            Map.entry(Change.DropTable.class, DROP_TABLE),
            Map.entry(Change.DropEnumValue.class, ENUM_RECIPE),
            Map.entry(Change.DropIndex.class, DROP_INDEX),
            Map.entry(Change.DropPrimaryKey.class, DROP_PRIMARY_KEY),
            Map.entry(Change.RenameConstraint.class, RENAME_CONSTRAINT_INDEX),
            Map.entry(Change.RenameIndex.class, RENAME_CONSTRAINT_INDEX),
            Map.entry(Change.AlterColumnType.class, ALTER_COLUMN),
            Map.entry(Change.AlterColumnGenerated.class, ALTER_COLUMN),
            Map.entry(Change.SetDefault.class, ALTER_COLUMN),
            Map.entry(Change.DropDefault.class, ALTER_COLUMN),
            Map.entry(Change.SetNotNull.class, ALTER_COLUMN),
            Map.entry(Change.DropNotNull.class, ALTER_COLUMN),
            Map.entry(Change.AddIdentity.class, ALTER_COLUMN),
            Map.entry(Change.DropIdentity.class, ALTER_COLUMN),
            Map.entry(Change.AlterIdentity.class, ALTER_COLUMN),
            Map.entry(Change.AddPrimaryKey.class, ADD_PRIMARY_KEY),
            Map.entry(Change.AddColumn.class, ADD_COLUMN),
            Map.entry(Change.DropColumn.class, DROP_COLUMN),
            Map.entry(Change.AddUnique.class, ADD_UNIQUE_CHECK),
            Map.entry(Change.AddCheck.class, ADD_UNIQUE_CHECK),
            Map.entry(Change.CreateView.class, CREATE_VIEW),
            Map.entry(Change.DropPolicy.class, DROP_POLICY),
            Map.entry(Change.CreatePolicy.class, CREATE_POLICY),
            Map.entry(Change.AlterPolicy.class, ALTER_POLICY),
            Map.entry(Change.SetComment.class, COMMENT),
            Map.entry(Change.CreateExtension.class, EXTENSION),
            Map.entry(Change.DropExtension.class, DROP_EXTENSION),
            Map.entry(Change.CreateDomain.class, DOMAIN),
            Map.entry(Change.AlterDomain.class, DOMAIN),
            Map.entry(Change.DropDomain.class, DROP_DOMAIN),
            Map.entry(Change.ReplaceFunction.class, FUNCTION),
            Map.entry(Change.DropFunction.class, DROP_FUNCTION),
            Map.entry(Change.CreateTrigger.class, CREATE_TRIGGER),
            Map.entry(Change.DropTrigger.class, DROP_TRIGGER),
            Map.entry(Change.DropEnum.class, DROP_ENUM),
            Map.entry(Change.DropSequence.class, DROP_SEQUENCE),
            Map.entry(Change.DropSchema.class, DROP_SCHEMA));

    static Phase of(Change change, Set<QualifiedName> newTables, boolean renamesLast) {
        if (renamesLast && (change instanceof Change.RenameEnum || change instanceof Change.RenameTable
                || change instanceof Change.RenameColumn || change instanceof Change.RenameSequence
                || change instanceof Change.RenameSchema || change instanceof Change.RenameView)) {
            return LATE_RENAME;
        }
        if (change instanceof Change.EnableRowSecurity c) {
            return newTables.contains(c.table()) ? CREATE_TABLE : ROW_SECURITY;
        }
        // a partition after the table it belongs to; dropped before it, since dropping the table drops its partitions
        if (change instanceof Change.CreateTable c && isPartition(c.table())) {
            return CREATE_PARTITION;
        }
        if (change instanceof Change.DropTable c && isPartition(c.table())) {
            return DROP_PARTITION;
        }
        if (change instanceof Change.SetForceRowSecurity c) {
            return newTables.contains(c.table()) ? CREATE_TABLE : ROW_SECURITY;
        }
        if (change instanceof Change.AddForeignKey c) {
            return newTables.contains(c.table()) ? NEW_TABLE_FOREIGN_KEY : FOREIGN_KEY;
        }
        if (change instanceof Change.CreateIndex c) {
            return newTables.contains(c.table()) ? NEW_TABLE_INDEX : INDEX;
        }
        Phase phase = FIXED.get(change.getClass());
        if (phase == null) {
            throw new IllegalStateException("no phase for " + change.getClass().getSimpleName());
        }
        return phase;
    }
}
