package dev.strata.core.source.dsl;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A policy declared outside its table and linked to it, like Drizzle's {@code pgPolicy(...).link(table)}:
 * {@code pgPolicy("audit_read", p -> p.forCommand("select").using(sql("true"))).link(audit)}.
 */
public final class PgPolicy {
    private final Specs.PolicySpec spec;
    private final PgTable table;

    private PgPolicy(Specs.PolicySpec spec, PgTable table) {
        this.spec = spec;
        this.table = table;
    }

    static PgPolicy of(String name, Consumer<PolicyBuilder> definition) {
        boolean[] open = {true};
        PolicyBuilder b = new PolicyBuilder(() -> {
            if (!open[0]) {
                throw new IllegalStateException("policy " + name + " can only be changed inside its pgPolicy(...) definition");
            }
        }, name);
        definition.accept(b);
        open[0] = false;
        return new PgPolicy(b.spec(), null);
    }

    /** This policy on {@code target}. */
    public PgPolicy link(PgTable target) {
        return new PgPolicy(spec, Objects.requireNonNull(target, "target: the table is declared later in the class"));
    }

    /** The policy name. */
    public String name() {
        return spec.name();
    }

    Specs.PolicySpec spec() {
        return spec;
    }

    /** The linked table, or {@code null}. */
    public PgTable table() {
        return table;
    }
}
