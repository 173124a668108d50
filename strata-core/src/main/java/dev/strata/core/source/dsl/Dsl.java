package dev.strata.core.source.dsl;

import dev.strata.core.model.Domain;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Function;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Trigger;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entry points of the schema DSL, meant for {@code import static dev.strata.core.source.dsl.Dsl.*;}. Objects
 * made here in the {@code public} schema; {@link #pgSchema} makes them elsewhere.
 */
public final class Dsl {
    /** {@code ON DELETE/UPDATE CASCADE}. */
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    /** {@code ON DELETE/UPDATE SET NULL}. */
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    /** {@code ON DELETE/UPDATE SET DEFAULT}. */
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;
    /** {@code ON DELETE/UPDATE RESTRICT}. */
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    /** {@code ON DELETE/UPDATE NO ACTION}, the default. */
    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;

    private Dsl() {
    }

    /** A table in {@code public}: {@code table("users", t -> { t.uuid("id").primaryKey(); })}. */
    public static PgTable table(String name, Consumer<TableBuilder> definition) {
        return new PgTable(new QualifiedName("public", name), definition);
    }

    /** A schema (namespace) other than {@code public}. */
    public static PgSchema pgSchema(String name) {
        return new PgSchema(name);
    }

    /** An enum type in {@code public}. */
    public static PgEnum pgEnum(String name, String... values) {
        return new PgEnum(new QualifiedName("public", name), List.of(values));
    }

    /** A sequence in {@code public} with default numbers. */
    public static PgSequence pgSequence(String name) {
        return pgSequence(name, s -> { });
    }

    /** A sequence in {@code public}: {@code pgSequence("order_seq", s -> s.startWith(1000).increment(10))}. */
    public static PgSequence pgSequence(String name, Consumer<SequenceSettings> options) {
        return sequence(new QualifiedName("public", name), options);
    }

    static PgSequence sequence(QualifiedName name, Consumer<SequenceSettings> options) {
        SequenceSettings s = new SequenceSettings();
        options.accept(s);
        String type = s.dataType("bigint");
        return new PgSequence(name, type, s.options(type), null);
    }

    /** A view in {@code public}; give its query with {@code .as(...)}. */
    public static PgView pgView(String name) {
        return new PgView(new QualifiedName("public", name), null, false, Map.of(), true, false, null);
    }

    /** A materialized view in {@code public}. */
    public static PgView pgMaterializedView(String name) {
        return new PgView(new QualifiedName("public", name), null, true, Map.of(), true, false, null);
    }

    /** A policy to {@link PgPolicy#link link} to a table declared elsewhere. */
    public static PgPolicy pgPolicy(String name, Consumer<PolicyBuilder> definition) {
        return PgPolicy.of(name, definition);
    }

    /** SQL text mentioning columns: {@code sql("char_length(", slug, ") between 2 and 64")}. */
    public static Sql sql(Object... parts) {
        return Sql.of(parts);
    }

    /** An extension, installed in {@code schema}. */
    public static PgRaw.PgExtension extension(String name, String schema) {
        return new PgRaw.PgExtension(new Extension(name, schema));
    }

    /** A domain, given whole. */
    public static PgRaw.PgDomain domain(Domain domain) {
        return new PgRaw.PgDomain(domain);
    }

    /** A function: its identity arguments ({@code integer, text}) and complete {@code CREATE} text. */
    public static PgRaw.PgFunction function(String schema, String name, String arguments, String definition) {
        return new PgRaw.PgFunction(new Function(new QualifiedName(schema, name), arguments, definition));
    }

    /** A trigger on {@code table}, with its complete {@code CREATE TRIGGER} text. */
    public static PgRaw.PgTrigger trigger(PgTable table, String name, String definition) {
        return new PgRaw.PgTrigger(new Trigger(table.qualifiedName(), name, definition));
    }
}
