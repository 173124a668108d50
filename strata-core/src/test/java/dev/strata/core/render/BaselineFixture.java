package dev.strata.core.render;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Function;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexKey;
import dev.strata.core.model.Partitioning;
import dev.strata.core.model.Policy;
import dev.strata.core.model.QualifiedName;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.SequenceOptions;
import dev.strata.core.model.Table;
import dev.strata.core.model.Trigger;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.model.View;

import java.util.List;
import java.util.Map;

import static dev.strata.core.render.Tables.table;

/** A schema built by hand that uses every element the baseline renders, for {@link BaselineRendererIT}. */
final class BaselineFixture {
    static final QualifiedName STATUS = QualifiedName.of("billing", "status");
    static final QualifiedName POSITIVE = QualifiedName.of("billing", "positive");
    static final QualifiedName USERS = QualifiedName.of("public", "users");
    static final QualifiedName TEAMS = QualifiedName.of("public", "teams");
    static final QualifiedName INVOICES = QualifiedName.of("billing", "invoices");

    private BaselineFixture() {
    }

    static Schema schema() {
        return new Schema(List.of("billing", "we\"ird"), List.of(new Extension("citext", "public")),
                List.of(new EnumType(STATUS, List.of("draft", "paid", "it's void"))),
                List.of(new Domain(POSITIVE, "numeric(12,2)", true, "0", List.of(
                        new CheckConstraint("positive_check", "(VALUE >= (0)::numeric)", true),
                        new CheckConstraint("positive_max", "(VALUE < (1000000)::numeric)", false)))),
                List.of(new Sequence(QualifiedName.of("billing", "invoices_no_seq"), "bigint",
                        SequenceOptions.defaults("bigint", 1), new ColumnRef(INVOICES, "no"))),
                List.of(users(), teams(), invoices2024(), invoices(), weird()),
                views(), functions(),
                List.of(new Trigger(USERS, "users_touch",
                        "CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch()")));
    }

    private static Table users() {
        Identity identity = new Identity(true, QualifiedName.of("public", "users_id_seq"), new SequenceOptions(1, 100, 1, 1_000_000, 1, true));
        return table("public", "users")
                .column(new Column("id", ColumnType.of("integer"), true, null, identity, null, null, null))
                .column(Column.of("email", ColumnType.of("citext"), true))
                .column(new Column("name", ColumnType.of("character varying(255)"), false, null, null, null, "C", "display name"))
                .column(Column.of("team_id", ColumnType.of("integer"), false))
                .column(Column.of("statuses", new ColumnType("status", 1, STATUS), true).withDefault("'{draft}'::billing.status[]"))
                .column(Column.of("balance", new ColumnType("positive", 0, POSITIVE), false))
                .column(new Column("email_lower", ColumnType.of("text"), false, null, null, "lower((email)::text)", null, null))
                .column(Column.of("data", ColumnType.of("jsonb"), false))
                .column(Column.of("created_at", ColumnType.of("timestamp(3) with time zone"), true).withDefault("now()"))
                .column(Column.of("deleted_at", ColumnType.of("timestamp with time zone"), false))
                .primaryKey("users_pkey", "id")
                .unique(new UniqueConstraint("users_email_key", List.of("email"), true))
                .check("users_name_check", "(char_length((name)::text) > 0)", true)
                .check("users_tax_check", "(public.tax(1.0) >= (0)::numeric)", true)
                .check("users_created_check", "(created_at > '2000-01-01 00:00:00+00'::timestamp with time zone)", false)
                .foreignKey(new ForeignKey("users_team_fk", List.of("team_id"), TEAMS, List.of("id"), ReferentialAction.SET_NULL,
                        ReferentialAction.CASCADE, true, Deferral.DEFERRABLE_DEFERRED, false))
                .index(new Index("users_search_idx", false, "btree", List.of(
                        new IndexKey("lower((name)::text)", true, true, false, null, null),
                        new IndexKey("name", false, false, true, "varchar_pattern_ops", "POSIX")),
                        List.of("team_id"), "(deleted_at IS NULL)", Map.of("fillfactor", "70"), false))
                .index(new Index("users_live_email_uq", true, "btree", List.of(IndexKey.column("email_lower")), List.of(),
                        "(deleted_at IS NULL)", Map.of(), true))
                .index(new Index("users_data_gin", false, "gin", List.of(new IndexKey("data", false, false, false, "jsonb_path_ops", null)),
                        List.of(), null, Map.of(), false))
                .policy(new Policy("users_self", false, "UPDATE", List.of("pg_read_all_data", "current_user"), "(name IS NOT NULL)", "true"))
                .policy(new Policy("users_read", true, "SELECT", List.of("public"), "true", null))
                .security(true, true)
                .comment("people's accounts")
                .build();
    }

    private static Table teams() {
        return table("public", "teams").column("id", "integer", true).column("owner_id", "integer", false)
                .primaryKey("teams_pkey", "id")
                .foreignKey(new ForeignKey("teams_owner_fk", List.of("owner_id"), USERS, List.of("id"), ReferentialAction.RESTRICT,
                        ReferentialAction.NO_ACTION, false, Deferral.DEFERRABLE_IMMEDIATE, true))
                .build();
    }

    private static Table invoices() {
        return table("billing", "invoices")
                .column(Column.of("no", ColumnType.of("bigint"), true).withDefault("nextval('billing.invoices_no_seq'::regclass)"))
                .column("issued", "date", true)
                .column(Column.of("status", new ColumnType("status", 0, STATUS), true).withDefault("'draft'::billing.status"))
                .column(Column.of("amount", new ColumnType("positive", 0, POSITIVE), false))
                .primaryKey("invoices_pkey", "no", "issued")
                .partitioning(new Partitioning("RANGE (issued)", null, null))
                .build();
    }

    private static Table invoices2024() {
        return table("billing", "invoices_2024")
                .partitioning(new Partitioning(null, INVOICES, "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))
                .check("invoices_2024_no_check", "(no > 0)", true)
                .build();
    }

    private static Table weird() {
        return table("we\"ird", "ta\"ble").column("Col\"umn", "text", false)
                .index(new Index("we\"ird_idx", false, "hash", List.of(IndexKey.column("Col\"umn")), List.of(), null, Map.of(), false))
                .build();
    }

    private static List<View> views() {
        return List.of(
                new View(QualifiedName.of("public", "active_users"), " SELECT users.id,\n    users.email\n   FROM users\n"
                        + "  WHERE users.deleted_at IS NULL;", false, Map.of("security_barrier", "true"), true, "users not deleted"),
                new View(QualifiedName.of("public", "active_count"), " SELECT count(*) AS n\n   FROM active_users;",
                        false, Map.of(), true, null),
                new View(QualifiedName.of("billing", "totals"), " SELECT invoices.status,\n    sum(invoices.amount) AS total\n"
                        + "   FROM billing.invoices\n  GROUP BY invoices.status;", true, Map.of(), false, "it's a cache"));
    }

    private static List<Function> functions() {
        return List.of(
                new Function(QualifiedName.of("public", "tax"), "numeric", """
                        CREATE OR REPLACE FUNCTION public.tax(amount numeric)
                         RETURNS numeric
                         LANGUAGE sql
                         IMMUTABLE
                        AS $function$ select amount * 0.2 from public.users limit 0 $function$
                        """),
                new Function(QualifiedName.of("public", "touch"), "", """
                        CREATE OR REPLACE FUNCTION public.touch()
                         RETURNS trigger
                         LANGUAGE plpgsql
                        AS $function$begin new.name := trim(new.name); return new; end$function$
                        """));
    }
}
