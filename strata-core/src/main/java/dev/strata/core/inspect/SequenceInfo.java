package dev.strata.core.inspect;

/**
 * One sequence, with the column that owns it (serial and identity columns).
 *
 * @param schema     the schema
 * @param name       the sequence name
 * @param dataType   {@code smallint}, {@code integer} or {@code bigint}
 * @param start      {@code START WITH}
 * @param increment  {@code INCREMENT BY}
 * @param minValue   {@code MINVALUE}
 * @param maxValue   {@code MAXVALUE}
 * @param cache      {@code CACHE}
 * @param cycle      whether it wraps around at the end
 * @param lastValue  the last value handed out, or {@code null} when none was yet or the user may not read it
 * @param ownedBy    {@code schema.table.column} owning it ({@code OWNED BY} or identity), or {@code null}
 */
public record SequenceInfo(
        String schema, String name, String dataType, long start, long increment, long minValue, long maxValue,
        long cache, boolean cycle, Long lastValue, String ownedBy) {
}
