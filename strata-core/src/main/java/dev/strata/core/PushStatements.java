package dev.strata.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a push, in the order they run, grouped by the transaction they run in.
 *
 * @param enumValues the {@code ALTER TYPE ... ADD VALUE} statements, run first in a transaction of their own that is
 *                   committed before the rest, because PostgreSQL lets a transaction use an enum value only after the
 *                   transaction that added it committed; empty when the push adds no enum value or does nothing
 *                   else, and then everything runs in one transaction
 * @param rest       every other statement, in one transaction
 */
public record PushStatements(List<String> enumValues, List<String> rest) {
    public PushStatements {
        enumValues = List.copyOf(enumValues);
        rest = List.copyOf(rest);
    }

    /** No statements: nothing to run. */
    public static PushStatements none() {
        return new PushStatements(List.of(), List.of());
    }

    /** Every statement in the order it runs: the enum values first, then the rest. */
    public List<String> all() {
        List<String> out = new ArrayList<>(enumValues);
        out.addAll(rest);
        return out;
    }

    /** How many statements there are in all. */
    public int size() {
        return enumValues.size() + rest.size();
    }

    /** True when the push runs in two transactions: the enum values first, committed before the rest. */
    public boolean addsEnumValuesFirst() {
        return !enumValues.isEmpty();
    }
}
