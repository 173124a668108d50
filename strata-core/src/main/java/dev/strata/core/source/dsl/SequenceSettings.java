package dev.strata.core.source.dsl;

import dev.strata.core.model.SequenceOptions;

/**
 * The numbers of a sequence or identity column, given in a lambda:
 * {@code pgSequence("order_seq", s -> s.startWith(1000).increment(10).cycle())}. Anything not given takes
 * PostgreSQL's default for the data type and direction.
 */
public final class SequenceSettings {
    private String name;
    private String dataType;
    private Long increment;
    private Long start;
    private Long min;
    private Long max;
    private Long cache;
    private boolean cycle;

    SequenceSettings() {
    }

    /** The sequence name (identity columns only; the default is {@code <table>_<column>_seq}). */
    public SequenceSettings name(String sequenceName) {
        this.name = sequenceName;
        return this;
    }

    /** The data type of a free-standing sequence: {@code smallint}, {@code integer} or {@code bigint} (default). */
    public SequenceSettings as(String type) {
        this.dataType = type;
        return this;
    }

    /** {@code INCREMENT BY}; negative for a descending sequence. */
    public SequenceSettings increment(long by) {
        this.increment = by;
        return this;
    }

    /** {@code START WITH}. */
    public SequenceSettings startWith(long value) {
        this.start = value;
        return this;
    }

    /** {@code MINVALUE}. */
    public SequenceSettings minValue(long value) {
        this.min = value;
        return this;
    }

    /** {@code MAXVALUE}. */
    public SequenceSettings maxValue(long value) {
        this.max = value;
        return this;
    }

    /** {@code CACHE}. */
    public SequenceSettings cache(long value) {
        this.cache = value;
        return this;
    }

    /** {@code CYCLE}. */
    public SequenceSettings cycle() {
        return cycle(true);
    }

    /** {@code CYCLE} or {@code NO CYCLE}. */
    public SequenceSettings cycle(boolean on) {
        this.cycle = on;
        return this;
    }

    String name() {
        return name;
    }

    String dataType(String fallback) {
        return dataType == null ? fallback : dataType;
    }

    /** The options for a sequence of {@code type}, absent numbers taking PostgreSQL's defaults. */
    SequenceOptions options(String type) {
        long inc = increment == null ? 1 : increment;
        SequenceOptions d = SequenceOptions.defaults(type, inc);
        long lo = min == null ? d.min() : min;
        long hi = max == null ? d.max() : max;
        long first = start == null ? (inc > 0 ? lo : hi) : start;
        return new SequenceOptions(inc, first, lo, hi, cache == null ? d.cache() : cache, cycle);
    }
}
