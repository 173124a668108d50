package dev.strata.core.plan;

import dev.strata.core.diff.Change;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The changes that undo one change. */
final class Reverses {
    private Reverses() {
    }

    static List<Change> of(Change change) {
        if (change instanceof Change.DropTable c) {
            return recreate(c.table());
        }
        if (change instanceof Change.AlterColumnType c) {
            List<Change> out = new ArrayList<>(List.of(new Change.AlterColumnType(c.table(), c.to(), c.from())));
            if (c.from().defaultSql() == null && c.to().defaultSql() != null) {
                out.add(new Change.DropDefault(c.table(), c.from().name(), c.to().defaultSql()));
            }
            return out;
        }
        if (change instanceof Change.AddEnumValue c) {
            List<String> after = new ArrayList<>(c.valuesBefore());
            after.add(c.before() == null ? after.size() : after.indexOf(c.before()), c.value());
            return List.of(new Change.DropEnumValue(c.type(), after, c.valuesBefore(), c.columns(), List.of()));
        }
        if (change instanceof Change.DropEnumValue c) {
            return enumValuesBack(c);
        }
        if (change instanceof Change.SetDefault c) {
            return List.of(c.previous() == null ? new Change.DropDefault(c.table(), c.column(), c.sql())
                    : new Change.SetDefault(c.table(), c.column(), c.previous(), c.sql()));
        }
        return List.of(simple(change));
    }

    /** The undo of the kinds that map one to one. */
    private static Change simple(Change change) {
        for (var entry : ONE_TO_ONE) {
            Change out = entry.apply(change);
            if (out != null) {
                return out;
            }
        }
        throw new IllegalStateException("no reverse for " + change);
    }

    private static final List<Function<Change, Change>> ONE_TO_ONE = List.of(
            c -> c instanceof Change.CreateSchema x ? new Change.DropSchema(x.name()) : null,
            c -> c instanceof Change.DropSchema x ? new Change.CreateSchema(x.name()) : null,
            c -> c instanceof Change.RenameSchema x ? new Change.RenameSchema(x.to(), x.from()) : null,
            c -> c instanceof Change.RenameView x ? new Change.RenameView(renamed(x.from(), x.to()), x.from().name(), x.materialized()) : null,
            c -> c instanceof Change.CreateEnum x ? new Change.DropEnum(x.type()) : null,
            c -> c instanceof Change.DropEnum x ? new Change.CreateEnum(x.type()) : null,
            c -> c instanceof Change.RenameEnum x ? new Change.RenameEnum(renamed(x.from(), x.to()), x.from().name()) : null,
            c -> c instanceof Change.CreateSequence x ? new Change.DropSequence(x.sequence()) : null,
            c -> c instanceof Change.RenameSequence x ? new Change.RenameSequence(renamed(x.from(), x.to()), x.from().name()) : null,
            c -> c instanceof Change.DropSequence x ? new Change.CreateSequence(x.sequence()) : null,
            c -> c instanceof Change.AlterSequence x ? new Change.AlterSequence(x.to(), x.from()) : null,
            c -> c instanceof Change.SetSequenceOwner x ? new Change.DropSequenceOwner(x.sequence(), x.owner()) : null,
            c -> c instanceof Change.DropSequenceOwner x ? new Change.SetSequenceOwner(x.sequence(), x.owner()) : null,
            c -> c instanceof Change.CreateTable x ? new Change.DropTable(x.table()) : null,
            c -> c instanceof Change.RenameTable x ? new Change.RenameTable(renamed(x.from(), x.to()), x.from().name()) : null,
            c -> c instanceof Change.AddColumn x ? new Change.DropColumn(x.table(), x.column()) : null,
            c -> c instanceof Change.DropColumn x ? new Change.AddColumn(x.table(), x.column(), false) : null,
            c -> c instanceof Change.RenameColumn x ? new Change.RenameColumn(x.table(), x.to(), x.from()) : null,
            c -> c instanceof Change.RenameConstraint x ? new Change.RenameConstraint(x.table(), x.to(), x.from()) : null,
            c -> c instanceof Change.RenameIndex x ? new Change.RenameIndex(x.table(), x.to(), x.from()) : null,
            c -> c instanceof Change.AlterColumnGenerated x ? new Change.AlterColumnGenerated(x.table(), x.to(), x.from()) : null,
            c -> c instanceof Change.SetNotNull x ? new Change.DropNotNull(x.table(), x.column()) : null,
            c -> c instanceof Change.DropNotNull x ? new Change.SetNotNull(x.table(), x.column()) : null,
            c -> c instanceof Change.DropDefault x ? new Change.SetDefault(x.table(), x.column(), x.previous(), null) : null,
            c -> c instanceof Change.AddIdentity x ? new Change.DropIdentity(x.table(), x.column(), x.identity()) : null,
            c -> c instanceof Change.DropIdentity x ? new Change.AddIdentity(x.table(), x.column(), x.identity()) : null,
            c -> c instanceof Change.AlterIdentity x ? new Change.AlterIdentity(x.table(), x.column(), x.to(), x.from()) : null,
            c -> c instanceof Change.AddPrimaryKey x ? new Change.DropPrimaryKey(x.table(), x.key()) : null,
            c -> c instanceof Change.DropPrimaryKey x ? new Change.AddPrimaryKey(x.table(), x.key()) : null,
            c -> c instanceof Change.AddUnique x ? new Change.DropUnique(x.table(), x.unique()) : null,
            c -> c instanceof Change.DropUnique x ? new Change.AddUnique(x.table(), x.unique()) : null,
            c -> c instanceof Change.AddCheck x ? new Change.DropCheck(x.table(), x.check()) : null,
            c -> c instanceof Change.DropCheck x ? new Change.AddCheck(x.table(), x.check()) : null,
            c -> c instanceof Change.AddForeignKey x ? new Change.DropForeignKey(x.table(), x.foreignKey()) : null,
            c -> c instanceof Change.DropForeignKey x ? new Change.AddForeignKey(x.table(), x.foreignKey()) : null,
            c -> c instanceof Change.CreateIndex x ? new Change.DropIndex(x.table(), x.index()) : null,
            c -> c instanceof Change.DropIndex x ? new Change.CreateIndex(x.table(), x.index()) : null,
            c -> c instanceof Change.CreateView x ? new Change.DropView(x.view()) : null,
            c -> c instanceof Change.DropView x ? new Change.CreateView(x.view()) : null,
            c -> c instanceof Change.CreatePolicy x ? new Change.DropPolicy(x.table(), x.policy()) : null,
            c -> c instanceof Change.DropPolicy x ? new Change.CreatePolicy(x.table(), x.policy()) : null,
            c -> c instanceof Change.AlterPolicy x ? new Change.AlterPolicy(x.table(), x.to(), x.from()) : null,
            c -> c instanceof Change.EnableRowSecurity x ? new Change.DisableRowSecurity(x.table()) : null,
            c -> c instanceof Change.SetComment x ? new Change.SetComment(x.on(), x.to(), x.from()) : null,
            c -> c instanceof Change.CreateExtension x ? new Change.DropExtension(x.extension()) : null,
            c -> c instanceof Change.DropExtension x ? new Change.CreateExtension(x.extension()) : null,
            c -> c instanceof Change.CreateDomain x ? new Change.DropDomain(x.domain()) : null,
            c -> c instanceof Change.DropDomain x ? new Change.CreateDomain(x.domain()) : null,
            c -> c instanceof Change.AlterDomain x ? new Change.AlterDomain(x.to(), x.from()) : null,
            c -> c instanceof Change.ReplaceFunction x ? (x.from() == null ? new Change.DropFunction(x.to())
                    : new Change.ReplaceFunction(x.to(), x.from())) : null,
            c -> c instanceof Change.DropFunction x ? new Change.ReplaceFunction(null, x.function()) : null,
            c -> c instanceof Change.CreateTrigger x ? new Change.DropTrigger(x.trigger()) : null,
            c -> c instanceof Change.DropTrigger x ? new Change.CreateTrigger(x.trigger()) : null,
            c -> c instanceof Change.DisableRowSecurity x ? new Change.EnableRowSecurity(x.table()) : null,
            c -> c instanceof Change.SetForceRowSecurity x ? new Change.SetForceRowSecurity(x.table(), !x.forced()) : null);

    private static QualifiedName renamed(QualifiedName from, String to) {
        return QualifiedName.of(from.schema(), to);
    }

    /** A dropped table comes back with everything that hung off it; its rows do not. */
    private static List<Change> recreate(Table t) {
        List<Change> out = new ArrayList<>();
        out.add(new Change.CreateTable(t));
        if (t.security().enabled()) {
            out.add(new Change.EnableRowSecurity(t.name()));
        }
        if (t.security().forced()) {
            out.add(new Change.SetForceRowSecurity(t.name(), true));
        }
        t.foreignKeys().forEach(fk -> out.add(new Change.AddForeignKey(t.name(), fk)));
        t.indexes().forEach(i -> out.add(new Change.CreateIndex(t.name(), i)));
        t.policies().forEach(p -> out.add(new Change.CreatePolicy(t.name(), p)));
        return out;
    }

    /** Labels removed: add them back where they were when only removals happened, else run the recipe again. */
    private static List<Change> enumValuesBack(Change.DropEnumValue c) {
        if (!isSubsequence(c.to(), c.from())) {
            return List.of(new Change.DropEnumValue(c.type(), c.to(), c.from(), c.reverseColumns(), c.columns()));
        }
        List<Change> out = new ArrayList<>();
        List<String> current = new ArrayList<>(c.to());
        for (int i = 0; i < c.from().size(); i++) {
            String value = c.from().get(i);
            if (current.contains(value)) {
                continue;
            }
            String before = c.from().subList(i + 1, c.from().size()).stream().filter(c.to()::contains).findFirst().orElse(null);
            out.add(new Change.AddEnumValue(c.type(), value, before, current, c.reverseColumns(), true));
            current.add(before == null ? current.size() : current.indexOf(before), value);
        }
        return out;
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int i = 0;
        for (String v : big) {
            if (i < small.size() && small.get(i).equals(v)) {
                i++;
            }
        }
        return i == small.size();
    }
}
