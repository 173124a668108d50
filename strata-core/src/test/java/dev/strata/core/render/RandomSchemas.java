package dev.strata.core.render;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Policy;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random schemas over what the model holds (schemas, enums, sequences, tables with identity/serial/plain keys,
 * columns of several types with nullability and defaults, uniques, checks, indexes, foreign keys including a
 * cycle, row security and policies, views), written in the spelling PostgreSQL's catalog gives back.
 */
final class RandomSchemas {
    /** Built-in column types and defaults PostgreSQL deparses to the same canonical text. */
    static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry("integer", List.of("0", "42")), Map.entry("bigint", List.of("7")),
            Map.entry("text", List.of("'abc'")), Map.entry("character varying(20)", List.of("'v'")),
            Map.entry("numeric(10,2)", List.of("1.50")), Map.entry("boolean", List.of("true", "false")),
            Map.entry("timestamp with time zone", List.of("now()")), Map.entry("date", List.of("CURRENT_DATE")),
            Map.entry("jsonb", List.of("'{}'::jsonb")), Map.entry("uuid", List.of("gen_random_uuid()")));
    private static final List<String> TYPE_NAMES = TYPES.keySet().stream().sorted().toList();
    private static final List<String> LABELS = List.of("calm", "happy", "sad", "angry", "bored");
    static final List<ReferentialAction> ACTIONS = List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE,
            ReferentialAction.SET_NULL);

    private final Random r;
    private int counter;

    RandomSchemas(Random r) {
        this.r = r;
    }

    /** Schema A: 2 to 4 tables in public (two of them referring to each other), sometimes one in schema app. */
    Draft schema() {
        Draft d = new Draft();
        if (r.nextBoolean()) {
            List<String> labels = LABELS.stream().filter(l -> r.nextInt(3) > 0).toList();
            d.enums.add(new EnumType(QualifiedName.of("public", "mood"), labels.size() < 2 ? LABELS.subList(0, 3) : labels));
        }
        for (int i = 0; i < r.nextInt(3); i++) {
            d.sequences.add(sequence(QualifiedName.of("public", "counter" + i + "_seq")));
        }
        int n = 2 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            d.tables.add(table(d, QualifiedName.of("public", "t" + i)));
        }
        if (r.nextInt(3) == 0) {
            d.schemas.add("app");
            d.tables.add(table(d, QualifiedName.of("app", "items")));
        }
        foreignKey(d, d.tables.get(0), d.tables.get(1));
        foreignKey(d, d.tables.get(1), d.tables.get(0));
        if (n > 2 && r.nextBoolean()) {
            foreignKey(d, d.tables.get(2), d.tables.get(r.nextInt(2)));
        }
        if (r.nextInt(3) == 0) {
            d.views.add(view("v_t0", r.nextInt(3) == 0, ""));
        }
        return d;
    }

    Sequence sequence(QualifiedName name) {
        long increment = 1 + r.nextInt(4);
        return new Sequence(name, "bigint", new SequenceOptions(increment, 1 + r.nextInt(50), 1, 1_000_000,
                1 + r.nextInt(3), r.nextBoolean()), null);
    }

    View view(String name, boolean materialized, String where) {
        return new View(QualifiedName.of("public", name), "SELECT id FROM t0 " + where, materialized, Map.of(), true,
                maybeComment("view " + name));
    }

    /** A table with a key column, 2 to 5 more columns and maybe a unique, a check, an index, row security. */
    Draft.DraftTable table(Draft d, QualifiedName name) {
        Draft.DraftTable t = new Draft.DraftTable(name);
        t.columns.add(keyColumn(name));
        t.pk = new PrimaryKey(name.name() + "_pkey", List.of("id"));
        t.comment = maybeComment("table " + name.name());
        int n = 2 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            t.columns.add(column(d, "c" + (++counter)));
        }
        if (r.nextInt(3) == 0) {
            addUnique(t);
        }
        if (r.nextInt(3) == 0) {
            addCheck(t);
        }
        if (r.nextBoolean()) {
            addIndex(t);
        }
        if (r.nextInt(6) == 0) {
            t.rls = true;
            t.policies.add(new Policy(name.name() + "_read", true, "SELECT", List.of("public"), "true", null));
        }
        return t;
    }

    private Column keyColumn(QualifiedName table) {
        return switch (r.nextInt(4)) {
            case 0, 1 -> new Column("id", ColumnType.of("integer"), true, null, new Identity(r.nextBoolean(),
                    QualifiedName.of(table.schema(), table.name() + "_id_seq"), SequenceOptions.defaults("integer", 1)),
                    null, null, null);
            case 2 -> Column.of("id", ColumnType.of("integer"), true).withDefault(serialDefault(table, "id"));
            default -> Column.of("id", ColumnType.of("integer"), true);
        };
    }

    static String serialDefault(QualifiedName table, String column) {
        QualifiedName s = serialSequence(table, column);
        return "nextval('" + (s.schema().equals("public") ? "" : s.schema() + ".") + s.name() + "'::regclass)";
    }

    static QualifiedName serialSequence(QualifiedName table, String column) {
        return QualifiedName.of(table.schema(), table.name() + "_" + column + "_seq");
    }

    /** A comment (with a quote, to be escaped) one time in three, else {@code null}. */
    String maybeComment(String on) {
        return r.nextInt(3) == 0 ? "the " + on + "'s comment #" + (++counter) : null;
    }

    /** A column of a random type (the enum sometimes, or {@code text[]}), nullable or not, maybe with a default and a comment. */
    Column column(Draft d, String name) {
        Column c = uncommentedColumn(d, name);
        return c.withComment(maybeComment("column " + name));
    }

    private Column uncommentedColumn(Draft d, String name) {
        if (!d.enums.isEmpty() && r.nextInt(5) == 0) {
            EnumType e = d.enums.get(0);
            Column c = Column.of(name, new ColumnType(e.name().name(), 0, e.name()), r.nextBoolean());
            return r.nextBoolean() ? c.withDefault("'" + e.values().get(0) + "'") : c;
        }
        if (r.nextInt(8) == 0) {
            Column c = Column.of(name, new ColumnType("text", 1, null), r.nextBoolean());
            return r.nextBoolean() ? c.withDefault("'{}'::text[]") : c;
        }
        String type = TYPE_NAMES.get(r.nextInt(TYPE_NAMES.size()));
        Column c = Column.of(name, ColumnType.of(type), r.nextBoolean());
        return r.nextBoolean() ? c.withDefault(defaultFor(type)) : c;
    }

    String defaultFor(String type) {
        List<String> defaults = TYPES.get(type);
        return defaults.get(r.nextInt(defaults.size()));
    }

    /** A column {@code ref_<target>} referring to {@code target.id}. */
    void foreignKey(Draft d, Draft.DraftTable from, Draft.DraftTable target) {
        String column = "ref_" + target.name.name() + (++counter);
        from.columns.add(Column.of(column, ColumnType.of("integer"), false));
        from.fks.add(new ForeignKey(from.name.name() + "_" + column + "_fk", List.of(column), target.name, List.of("id"),
                ACTIONS.get(r.nextInt(ACTIONS.size())), ReferentialAction.NO_ACTION, false, Deferral.NOT_DEFERRABLE, true));
    }

    /** A unique constraint on a random column, unless that column has one by that name already. */
    void addUnique(Draft.DraftTable t) {
        simpleColumn(t).map(c -> new UniqueConstraint(t.name.name() + "_" + c.name() + "_key", List.of(c.name()), false))
                .filter(u -> t.uniques.stream().noneMatch(o -> o.name().equals(u.name())))
                .ifPresent(t.uniques::add);
    }

    void addCheck(Draft.DraftTable t) {
        t.columns.stream().filter(c -> c.type().equals(ColumnType.of("integer")) && !c.name().equals("id")
                        && !c.name().startsWith("ref_")).findFirst()
                .map(c -> new CheckConstraint(t.name.name() + "_" + c.name() + "_check", "(" + c.name() + " >= 0)", true))
                .filter(k -> t.checks.stream().noneMatch(o -> o.name().equals(k.name())))
                .ifPresent(t.checks::add);
    }

    void addIndex(Draft.DraftTable t) {
        simpleColumn(t).map(c -> new Index(t.name.name() + "_" + c.name() + "_idx", r.nextInt(4) == 0, "btree",
                        List.of(new IndexKey(c.name(), false, r.nextBoolean(), false, null, null)), List.of(), null, Map.of(), false))
                .filter(i -> t.indexes.stream().noneMatch(o -> o.name().equals(i.name())))
                .ifPresent(t.indexes::add);
    }

    /** A random column that is not the key, a reference or an array. */
    java.util.Optional<Column> simpleColumn(Draft.DraftTable t) {
        List<Column> candidates = new ArrayList<>(t.columns.stream().filter(c -> !c.name().equals("id")
                && !c.name().startsWith("ref_") && !c.type().isArray() && !c.type().base().equals("jsonb")).toList());
        return candidates.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(candidates.get(r.nextInt(candidates.size())));
    }

    int next() {
        return ++counter;
    }
}
