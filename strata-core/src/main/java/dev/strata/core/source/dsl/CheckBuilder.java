package dev.strata.core.source.dsl;

/** A {@code CHECK} constraint: {@code t.check("price_positive", sql(price, " > 0"))}. */
public final class CheckBuilder {
    private final TableBuilder owner;
    private final String name;
    private final Sql expression;
    private boolean validated = true;

    CheckBuilder(TableBuilder owner, String name, Sql expression) {
        this.owner = owner;
        this.name = name;
        this.expression = expression;
    }

    /** {@code NOT VALID}: existing rows are not checked. */
    public CheckBuilder notValid() {
        owner.checkOpen("check " + name);
        validated = false;
        return this;
    }

    Specs.CheckSpec spec() {
        return new Specs.CheckSpec(name, expression, validated);
    }
}
