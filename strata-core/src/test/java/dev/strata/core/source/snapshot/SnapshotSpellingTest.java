package dev.strata.core.source.snapshot;

import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.QualifiedName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** PostgreSQL's spellings of types and defaults against drizzle-kit's, as the vectors show them. */
class SnapshotSpellingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "character varying(255)|varchar(255)",
            "character varying|varchar",
            "character(2)|char(2)",
            "numeric(12,2)|numeric(12, 2)",
            "numeric|numeric",
            "timestamp(3) with time zone|timestamp (3) with time zone",
            "timestamp with time zone|timestamp with time zone",
            "timestamp(6) without time zone|timestamp(6)",
            "timestamp without time zone|timestamp",
            "time(3) without time zone|time(3)",
            "time with time zone|time with time zone",
            "interval day to second|interval day to second",
            "double precision|double precision"})
    void spellsTypesLikeDrizzleKitAndBack(String formatType, String drizzle) {
        assertThat(DrizzleTypes.drizzle(ColumnType.of(formatType))).isEqualTo(drizzle);
        assertThat(DrizzleTypes.model(drizzle, null)).isEqualTo(ColumnType.of(formatType));
    }

    @Test
    void readsSerialsAsTheirIntegerTypes() {
        assertThat(DrizzleTypes.model("bigserial", null)).isEqualTo(ColumnType.of("bigint"));
        assertThat(DrizzleTypes.model("integer[][]", null)).isEqualTo(new ColumnType("integer", 2, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "'free'::character varying|character varying(20)|'free'",
            "'it''s'::text|text|'it''s'",
            "'abc'::bpchar|character(3)|'abc'",
            "now()|timestamp with time zone|now()",
            "CURRENT_TIMESTAMP|timestamp(6) without time zone|CURRENT_TIMESTAMP",
            "'2024-02-03 04:05:06.789+00'::timestamp with time zone|timestamp with time zone|'2024-02-03T04:05:06.789Z'",
            "'2024-02-03 04:05:06.789'::timestamp without time zone|timestamp without time zone|'2024-02-03 04:05:06.789'",
            "1.500|numeric(12,4)|'1.500'",
            "'9007199254740993'::bigint|bigint|9007199254740993",
            "nextval('order_seq'::regclass)|bigint|nextval('order_seq')",
            "gen_random_uuid()|uuid|gen_random_uuid()"})
    void writesTextDefaultsAsDrizzleKitDoes(String deparsed, String type, String drizzle) {
        assertThat(DrizzleDefaults.snapshot(deparsed, ColumnType.of(type))).isEqualTo(new SnapshotDefault.Text(drizzle));
    }

    @Test
    void writesJsonAndArrayDefaultsAsJavaScriptStringifiesThem() {
        assertThat(DrizzleDefaults.snapshot("'{\"k\": \"v\", \"n\": [1, 2]}'::jsonb", ColumnType.of("jsonb")))
                .isEqualTo(new SnapshotDefault.Text("'{\"k\":\"v\",\"n\":[1,2]}'::jsonb"));
        ColumnType colors = new ColumnType("color", 1, QualifiedName.of("public", "color"));
        assertThat(DrizzleDefaults.snapshot("'{red,blue}'::color[]", colors))
                .isEqualTo(new SnapshotDefault.Text("'{\"red\",\"blue\"}'"));
        assertThat(DrizzleDefaults.snapshot("'{1,2,3}'::integer[]", new ColumnType("integer", 1, null)))
                .isEqualTo(new SnapshotDefault.Text("'{1,2,3}'"));
        assertThat(DrizzleDefaults.snapshot("'{}'::text[]", new ColumnType("text", 1, null)))
                .isEqualTo(new SnapshotDefault.Text("'{}'::text[]"));
    }

    @Test
    void writesNumbersAndBooleansAsJsonScalars() {
        assertThat(DrizzleDefaults.snapshot("'-1'::integer", ColumnType.of("integer"))).isEqualTo(SnapshotDefault.Number.of(-1));
        assertThat(DrizzleDefaults.snapshot("42", ColumnType.of("integer"))).isEqualTo(SnapshotDefault.Number.of(42));
        assertThat(DrizzleDefaults.snapshot("1.5", ColumnType.of("real")))
                .isEqualTo(new SnapshotDefault.Number(new BigDecimal("1.5")));
        assertThat(DrizzleDefaults.snapshot("false", ColumnType.of("boolean"))).isEqualTo(new SnapshotDefault.Bool(false));
    }

    @Test
    void readsDrizzleDefaultsAsSql() {
        assertThat(DrizzleDefaults.sql(SnapshotDefault.Number.of(-1))).isEqualTo("-1");
        assertThat(DrizzleDefaults.sql(new SnapshotDefault.Bool(true))).isEqualTo("true");
        assertThat(DrizzleDefaults.sql(new SnapshotDefault.Text("nextval('app.s')"))).isEqualTo("nextval('app.s'::regclass)");
        assertThat(DrizzleDefaults.sql(new SnapshotDefault.Text("'x'"))).isEqualTo("'x'");
    }

    @Test
    void keepsADomainAsItsDefinitionText() {
        String text = "character varying(20) DEFAULT 'a b NOT NULL'::character varying NOT NULL"
                + " CONSTRAINT \"Has Space\" CHECK ((VALUE)::text <> ''::text) NOT VALID CONSTRAINT short CHECK (length((VALUE)::text) < 9)";

        Domain d = DomainDefinition.parse("app", "code", text);

        assertThat(d.baseType()).isEqualTo("character varying(20)");
        assertThat(d.defaultSql()).isEqualTo("'a b NOT NULL'::character varying");
        assertThat(d.notNull()).isTrue();
        assertThat(d.checks()).extracting(c -> c.name() + "|" + c.expression() + "|" + c.validated())
                .containsExactly("Has Space|(VALUE)::text <> ''::text|false", "short|length((VALUE)::text) < 9|true");
        assertThat(DomainDefinition.text(d)).isEqualTo(text);
    }
}
