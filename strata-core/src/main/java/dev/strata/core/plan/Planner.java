package dev.strata.core.plan;

import dev.strata.core.diff.Change;
import dev.strata.core.diff.DiffResult;
import dev.strata.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Changes → {@link Plan}: puts them in dependency order (schemas, enums, sequences, tables, columns, keys, foreign
 * keys after every table so cycles work, indexes, views, policies; drops in reverse), gives each its reverse, and
 * lists the data-loss hazards. Pure: no database.
 */
public final class Planner {
    private Planner() {
    }

    /** The plan for {@code diff}'s changes (its open rename candidates are the caller's to refuse or ask). */
    public static Plan plan(DiffResult diff) {
        return plan(diff.changes());
    }

    /** The plan for {@code changes}. */
    public static Plan plan(List<Change> changes) {
        List<Step> steps = new ArrayList<>();
        List<Hazard> hazards = new ArrayList<>();
        for (Change change : Phase.order(changes)) {
            steps.add(new Step(change, Reverses.of(change), Hazards.irreversible(change)));
            Hazards.of(change).ifPresent(hazards::add);
        }
        return new Plan(steps, hazards);
    }

    /**
     * The changes that undo {@code plan}, in an order PostgreSQL accepts: every step's reverse, last step first,
     * then grouped like any migration except that renames come last (the other reverses name objects as the up
     * migration left them).
     */
    static List<Change> reverse(Plan plan) {
        List<Change> out = new ArrayList<>();
        for (int i = plan.steps().size() - 1; i >= 0; i--) {
            out.addAll(plan.steps().get(i).reverse());
        }
        // a table the down drops takes its parts with it: undoing them one by one would name a dropped table
        Set<QualifiedName> dropped = new HashSet<>();
        out.forEach(c -> {
            if (c instanceof Change.DropTable d) {
                dropped.add(d.table().name());
            }
        });
        out.removeIf(c -> c instanceof Change.OnTable t && dropped.contains(t.table()));
        return Phase.order(out, true);
    }
}
