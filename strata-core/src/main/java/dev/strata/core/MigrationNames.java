package dev.strata.core;

import dev.strata.core.diff.Change;

import java.util.List;
import java.util.Locale;

/**
 * A readable default name for a generated migration, made from what it changes
 * ({@code create_users}, {@code add_users_email_and_2_more}) instead of drizzle-kit's made-up words.
 */
final class MigrationNames {
    private static final int MAX_LENGTH = 60;

    private MigrationNames() {
    }

    static String of(List<Change> changes) {
        if (changes.isEmpty()) {
            return "no_changes";
        }
        String first = clean(describe(changes.get(0)));
        String name = changes.size() == 1 ? first : first + "_and_" + (changes.size() - 1) + "_more";
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH).replaceAll("_+[^_]*$", "");
    }

    private static String describe(Change change) {
        if (change instanceof Change.CreateTable c) {
            return "create_" + c.table().name().name();
        } else if (change instanceof Change.DropTable c) {
            return "drop_" + c.table().name().name();
        } else if (change instanceof Change.RenameTable c) {
            return "rename_" + c.from().name() + "_to_" + c.to();
        } else if (change instanceof Change.AddColumn c) {
            return "add_" + c.table().name() + "_" + c.column().name();
        } else if (change instanceof Change.DropColumn c) {
            return "drop_" + c.table().name() + "_" + c.column().name();
        } else if (change instanceof Change.RenameColumn c) {
            return "rename_" + c.table().name() + "_" + c.from() + "_to_" + c.to();
        } else if (change instanceof Change.RenameConstraint c) {
            return "rename_" + c.from() + "_to_" + c.to();
        } else if (change instanceof Change.RenameIndex c) {
            return "rename_" + c.from() + "_to_" + c.to();
        } else if (change instanceof Change.AlterColumnType c) {
            return "alter_" + c.table().name() + "_" + c.to().name() + "_type";
        } else if (change instanceof Change.CreateEnum c) {
            return "create_" + c.type().name().name() + "_enum";
        } else if (change instanceof Change.AddEnumValue c) {
            return "add_" + c.type().name() + "_" + c.value();
        } else if (change instanceof Change.CreateIndex c) {
            return "add_" + c.index().name();
        } else if (change instanceof Change.DropIndex c) {
            return "drop_" + c.index().name();
        } else if (change instanceof Change.AddForeignKey c) {
            return "add_" + c.foreignKey().name();
        } else if (change instanceof Change.SetNotNull c) {
            return "set_" + c.table().name() + "_" + c.column().name() + "_not_null";
        } else if (change instanceof Change.DropNotNull c) {
            return "drop_" + c.table().name() + "_" + c.column().name() + "_not_null";
        } else if (change instanceof Change.SetDefault c) {
            return "set_" + c.table().name() + "_" + c.column() + "_default";
        }
        return kind(change);
    }

    /** {@code AddForeignKey} → {@code add_foreign_key}. */
    private static String kind(Change change) {
        return change.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String clean(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
    }
}
