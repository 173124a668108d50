package dev.strata.core.source.dsl;

import dev.strata.core.model.SequenceOptions;

/** Sequence numbers as {@link SequenceSettings} calls, leaving out those equal to PostgreSQL's defaults. */
final class SequenceWriter {
    private SequenceWriter() {
    }

    static String numbers(SequenceOptions o, SequenceOptions defaults) {
        StringBuilder s = new StringBuilder();
        if (o.increment() != 1) {
            s.append(".increment(").append(o.increment()).append("L)");
        }
        if (o.min() != defaults.min()) {
            s.append(".minValue(").append(o.min()).append("L)");
        }
        if (o.max() != defaults.max()) {
            s.append(".maxValue(").append(o.max()).append("L)");
        }
        long start = o.increment() > 0 ? o.min() : o.max();
        if (o.start() != start) {
            s.append(".startWith(").append(o.start()).append("L)");
        }
        if (o.cache() != 1) {
            s.append(".cache(").append(o.cache()).append("L)");
        }
        if (o.cycle()) {
            s.append(".cycle()");
        }
        return s.toString();
    }
}
