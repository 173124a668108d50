import dev.strata.core.source.dsl.*;

import java.time.Instant;
import java.time.LocalDate;

import static dev.strata.core.source.dsl.Dsl.*;

/** vectors/drizzle/types/steps/s1.ts: every built-in column builder. */
public final class S1 {
    public static final PgEnum color = pgEnum("color", "red", "green", "blue");
    public static final PgTable allTypes = table("all_types", t -> {
        t.bigserial("id").primaryKey();
        t.smallserial("small");
        t.integer("i2").defaultValue(-1);
        t.integer("i4").notNull().defaultValue(42);
        t.bigint("i8").defaultValue(sql("9007199254740993"));
        t.bigint("i8n");
        t.numeric("num", 12, 4).defaultValue("1.500");
        t.numeric("num_plain");
        t.real("r4").defaultValue(1.5);
        t.doublePrecision("r8").notNull().defaultValue(0);
        t.bool("flag").defaultValue(false);
        t.text("quoted");
        t.text("choice");
        t.varchar("vc", 64);
        t.text("vc_nolen");
        t.character("ch", 3).defaultValue("abc");
        t.uuid("u").defaultRandom();
        t.json("j").defaultJson("{\"a\": 1}");
        t.jsonb("jb").notNull().defaultJson("{\"k\": \"v\", \"n\": [1, 2]}");
        t.jsonb("jb_sql").defaultValue(sql("'[]'::jsonb"));
        t.date("d").defaultValue(LocalDate.parse("2024-01-31"));
        t.date("d_now").defaultNow();
        t.time("tm", 3);
        t.timeTz("tm_tz");
        t.timestamp("ts", 6).defaultValue(sql("CURRENT_TIMESTAMP"));
        t.timestamp("ts_date").defaultValue(Instant.parse("2024-02-03T04:05:06.789Z"));
        t.timestamptz("tstz").defaultValue(Instant.parse("2024-02-03T04:05:06.789Z"));
        t.interval("iv", "day to second");
        t.inet("ip");
        t.cidr("net");
        t.macaddr("mac");
        t.macaddr8("mac8");
        t.point("pt");
        t.line("ln");
        t.enumColumn("c", color).defaultValue("green");
        t.enumColumn("colors", color).array().defaultArray("red", "blue");
        t.integer("ints").array().defaultArray(1, 2, 3);
        t.integer("matrix").array().array();
        t.text("texts").array().notNull().defaultValue(sql("ARRAY[]::text[]"));
        t.bigint("gen").generatedAlwaysAs(sql("\"i4\" * 3"));
        t.integer("idn").generatedByDefaultAsIdentity(s -> s.name("all_types_idn_custom_seq")
                .startWith(10).increment(10).minValue(10).maxValue(500000).cache(20).cycle(false));
    });
}
