package dev.strata.core.plan;

import dev.strata.core.diff.Change;
import dev.strata.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan cut into the two transactions a direct apply ({@code strata push}) needs when it adds enum values.
 * PostgreSQL lets a transaction use a value added by {@code ALTER TYPE ... ADD VALUE} only once the transaction
 * that added it has committed (SQLSTATE 55P04, "unsafe use of new value"); a column default, check, index
 * predicate or {@code USING} cast naming the value would fail in the same transaction. So the additions run
 * first, in a transaction of their own, and the rest after that commit.
 *
 * <p>Values added by the enum removal recipe need no split: the recipe creates the type again in the same
 * transaction, and PostgreSQL lets a transaction use the values of a type it created.
 *
 * @param enumValues the {@link Change.AddEnumValue} changes, in plan order, each naming its type as the database
 *                   has it before the plan (a type the plan also renames gets its value under its old name, since
 *                   the rename runs later, in the second transaction); empty when the plan adds no enum value
 * @param rest       every other change, in plan order
 */
public record EnumValuesFirst(List<Change> enumValues, List<Change> rest) {
    public EnumValuesFirst {
        enumValues = List.copyOf(enumValues);
        rest = List.copyOf(rest);
    }

    /** {@code plan}'s changes, the enum value additions taken out to run first. */
    public static EnumValuesFirst of(Plan plan) {
        Map<QualifiedName, QualifiedName> renamedFrom = new HashMap<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.RenameEnum r) {
                renamedFrom.put(QualifiedName.of(r.from().schema(), r.to()), r.from());
            }
        }
        List<Change> enumValues = new ArrayList<>();
        List<Change> rest = new ArrayList<>();
        for (Change c : plan.changes()) {
            if (c instanceof Change.AddEnumValue a) {
                QualifiedName live = renamedFrom.getOrDefault(a.type(), a.type());
                enumValues.add(new Change.AddEnumValue(live, a.value(), a.before(), a.valuesBefore(), a.columns(), a.ifNotExists()));
            } else {
                rest.add(c);
            }
        }
        return new EnumValuesFirst(enumValues, rest);
    }

    /**
     * True when the plan needs two transactions: it adds enum values and does something else too. A plan that only
     * adds values runs in one transaction, as does a plan that adds none.
     */
    public boolean splits() {
        return !enumValues.isEmpty() && !rest.isEmpty();
    }
}
