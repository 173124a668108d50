package dev.strata.core.plan;

import dev.strata.core.diff.Change;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders the renames of constraints and indexes so that a name is freed before it is taken. Index names (and the names
 * of keys and uniques, which name their index) are unique in a schema, so after a chain of table renames ({@code a} to
 * {@code b}, {@code b} to {@code c}) {@code b_x_index} must become {@code c_x_index} before {@code a_x_index} can
 * become {@code b_x_index}. A cycle is left in diff order: PostgreSQL refuses it and the migration rolls back.
 */
final class RenameChains {
    private RenameChains() {
    }

    /** {@code changes} with its constraint and index renames reordered among their own places. */
    static List<Change> ordered(List<Change> changes) {
        List<Integer> places = new ArrayList<>();
        List<Rename> pending = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Rename r = Rename.of(changes.get(i));
            if (r != null) {
                places.add(i);
                pending.add(r);
            }
        }
        if (pending.size() < 2) {
            return changes;
        }
        List<Change> out = new ArrayList<>(changes);
        int next = 0;
        while (!pending.isEmpty()) {
            Rename free = pending.stream().filter(r -> pending.stream().noneMatch(o -> o != r && o.holdsNameOf(r)))
                    .findFirst().orElse(pending.get(0));
            pending.remove(free);
            out.set(places.get(next++), free.change());
        }
        return out;
    }

    /** A rename of a constraint or index in {@code schema}. */
    private record Rename(Change change, String schema, String from, String to) {
        static Rename of(Change change) {
            if (change instanceof Change.RenameConstraint c) {
                return new Rename(c, c.table().schema(), c.from(), c.to());
            }
            if (change instanceof Change.RenameIndex c) {
                return new Rename(c, c.table().schema(), c.from(), c.to());
            }
            return null;
        }

        /** Whether this one still holds the name {@code other} renames to, so it must go first. */
        boolean holdsNameOf(Rename other) {
            return schema.equals(other.schema) && from.equals(other.to);
        }
    }
}
