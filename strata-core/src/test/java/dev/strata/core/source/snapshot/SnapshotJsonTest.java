package dev.strata.core.source.snapshot;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.core.Problem;
import dev.strata.core.StrataException;
import dev.strata.core.model.ColumnRef;
import dev.strata.core.model.Deferral;
import dev.strata.core.model.QualifiedName;
import dev.strata.testing.Vectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SnapshotJsonTest {

    static List<Path> vectorSnapshots() throws IOException {
        try (Stream<Path> files = Files.walk(Vectors.dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith("_snapshot.json"))
                    .filter(p -> p.getParent().getFileName().toString().equals("meta"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void findsTheVectorSnapshots() throws IOException {
        assertThat(vectorSnapshots()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest
    @MethodSource("vectorSnapshots")
    void writesEveryVectorSnapshotBackByteForByte(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);

        String written = SnapshotJson.write(SnapshotJson.read(file));

        assertThat(written).isEqualTo(new String(original, StandardCharsets.UTF_8));
        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(original);
    }

    @Test
    void readsTheModelOutOfAVectorFile() {
        Snapshot s = SnapshotJson.read(Vectors.dir().resolve("sequences-views/pull/meta/0000_snapshot.json"));

        assertThat(s.tables().keySet()).containsExactly("public.orders", "app.tickets");
        assertThat(s.tables().get("public.orders").columns().get("status").defaultValue())
                .isEqualTo(new SnapshotDefault.Text("'new'"));
        assertThat(s.sequences().get("public.order_seq").cycle()).isTrue();
        assertThat(s.views().get("public.big_orders").with().get("checkOption").asText()).isEqualTo("local");
        assertThat(s.internal()).isNotNull();
        assertThat(s.prevId()).isEmpty();
    }

    @Test
    void keepsJsonNumbersAndBooleansOfDefaults() {
        SnapshotColumn c = column("n", new SnapshotDefault.Number(new BigDecimal("1.50")));
        Snapshot s = withTable(Map.of("n", c));

        Snapshot back = SnapshotJson.parse(SnapshotJson.write(s), "x.json");

        assertThat(SnapshotJson.write(s)).contains("\"default\": 1.5\n");
        assertThat(back.tables().get("public.t").columns().get("n").defaultValue())
                .isEqualTo(new SnapshotDefault.Number(new BigDecimal("1.5")));
        assertThat(SnapshotJson.write(withTable(Map.of("b", column("b", new SnapshotDefault.Bool(false))))))
                .contains("\"default\": false\n");
    }

    @Test
    void printsNumbersTheWayJavaScriptDoes() {
        assertThat(JsonText.number(new BigDecimal("0"))).isEqualTo("0");
        assertThat(JsonText.number(new BigDecimal("70"))).isEqualTo("70");
        assertThat(JsonText.number(new BigDecimal("-1"))).isEqualTo("-1");
        assertThat(JsonText.number(new BigDecimal("1.500"))).isEqualTo("1.5");
        assertThat(JsonText.number(new BigDecimal("1E+5"))).isEqualTo("100000");
        assertThat(JsonText.number(new BigDecimal("1E+21"))).isEqualTo("1e+21");
        assertThat(JsonText.number(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(JsonText.number(new BigDecimal("1.5E-7"))).isEqualTo("1.5e-7");
    }

    @Test
    void escapesStringsLikeJsonStringify() {
        String tricky = "q\"b\\s/n\nt\tr\rb\bf\f\u0001\u001f<é>\u2028😀\ud800x";
        Snapshot s = withTable(Map.of("c", column("c", new SnapshotDefault.Text(tricky))));

        String written = SnapshotJson.write(s);

        assertThat(written).contains(
                "\"default\": \"q\\\"b\\\\s/n\\nt\\tr\\rb\\bf\\f\\u0001\\u001f<é>\u2028😀\\ud800x\"");
        assertThat(SnapshotJson.parse(written, "x.json").tables().get("public.t").columns().get("c").defaultValue())
                .isEqualTo(new SnapshotDefault.Text(tricky));
    }

    @Test
    void writesDrizzlesLayout() {
        String written = SnapshotJson.write(Snapshot.empty().withIds("a", Snapshot.ORIGIN_ID));

        assertThat(written).startsWith("{\n  \"id\": \"a\",\n  \"prevId\": \"00000000-0000-0000-0000-000000000000\",\n"
                + "  \"version\": \"7\",\n  \"dialect\": \"postgresql\",\n  \"tables\": {},\n");
        assertThat(written).endsWith("  \"_meta\": {\n    \"schemas\": {},\n    \"tables\": {},\n    \"columns\": {}\n  }\n}");
        assertThat(written).doesNotContain("strata");
        assertThat(Snapshot.empty().id()).isEqualTo(Snapshot.ORIGIN_ID);
    }

    @Test
    void roundTripsTheStrataExtensionWrittenLast() {
        StrataExtension x = new StrataExtension(
                List.of(new StrataExtension.Function("public", "touch", "", "BEGIN NEW.at := now(); RETURN NEW; END")),
                List.of(new StrataExtension.Trigger("public", "t", "t_touch", "CREATE TRIGGER t_touch ...")),
                List.of(new StrataExtension.Extension("pgcrypto", "public")),
                List.of(new StrataExtension.Comment(StrataExtension.Target.TABLE, "public", "t", null, "a table"),
                        new StrataExtension.Comment(StrataExtension.Target.COLUMN, "public", "t", "c", "a column"),
                        new StrataExtension.Comment(StrataExtension.Target.VIEW, "public", "v", null, "a view")),
                List.of(new StrataExtension.Domain("public", "email", "text CHECK (VALUE ~ '@')")),
                List.of(new StrataExtension.TableOptions("public", "t", true,
                        new StrataExtension.Partitioning("RANGE (at)", "public.events", "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"),
                        List.of(new StrataExtension.ColumnCollation("c", "C")),
                        List.of(new StrataExtension.ForeignKeyOptions("t_fk", true, Deferral.DEFERRABLE_DEFERRED, true),
                                new StrataExtension.ForeignKeyOptions("t_fk2", false, Deferral.DEFERRABLE_IMMEDIATE, false)),
                        List.of("t_check"), List.of(new StrataExtension.IndexOptions("t_idx", List.of("a", "b"), true,
                                java.util.Arrays.asList(null, "POSIX"))))),
                List.of(new StrataExtension.SequenceOptions("public", "s", "integer", null),
                        new StrataExtension.SequenceOptions("public", "s2", "bigint",
                                new ColumnRef(QualifiedName.of("public", "t"), "c"))));
        Snapshot s = Snapshot.empty().withStrata(x);

        String written = SnapshotJson.write(s);
        Snapshot back = SnapshotJson.parse(written, "x.json");

        assertThat(back.strata()).isEqualTo(x);
        assertThat(SnapshotJson.write(back)).isEqualTo(written);
        assertThat(written).contains("  },\n  \"strata\": {\n    \"functions\": [\n");
        assertThat(written.indexOf("\"strata\"")).isGreaterThan(written.indexOf("\"_meta\""));
        assertThat(written).doesNotContain("\"column\": null");
        assertThat(written).contains("\"collations\": [\n", "null,\n", "\"ownedBy\": {\n");
    }

    @Test
    void absentDefaultedKeysStayAbsent() {
        String old = "{\"id\":\"a\",\"prevId\":\"b\",\"version\":\"7\",\"dialect\":\"postgresql\",\"tables\":{\"public.t\":"
                + "{\"name\":\"t\",\"schema\":\"\",\"columns\":{},\"indexes\":{},\"foreignKeys\":{},"
                + "\"compositePrimaryKeys\":{}}},\"enums\":{},\"schemas\":{},\"_meta\":{}}";

        Snapshot s = SnapshotJson.parse(old, "old.json");
        String written = SnapshotJson.write(s);

        assertThat(s.tables().get("public.t").policies()).isEmpty();
        assertThat(written).doesNotContain("policies", "isRLSEnabled", "views", "sequences");
        assertThat(SnapshotJson.parse(written, "old.json")).isEqualTo(s);
    }

    private static final String HEAD = "\"id\":\"a\",\"prevId\":\"b\",\"version\":\"7\",\"dialect\":\"postgresql\"";
    private static final String TABLES = "\"tables\":{\"public.t\":{\"name\":\"t\",\"schema\":\"\",\"columns\":{},"
            + "\"indexes\":{},\"foreignKeys\":{},\"compositePrimaryKeys\":{}}}";
    private static final String REST = "\"enums\":{},\"schemas\":{},\"_meta\":{}";

    private static Problem problem(String json) {
        try {
            SnapshotJson.parse(json, "x.json");
        } catch (StrataException.Input e) {
            return e.problem();
        }
        throw new AssertionError("no input error for " + json);
    }

    @Test
    void tablesBeforeTheVersionReadTheSameAndKeepTheirPlaceInTheKeyOrder() {
        Snapshot usual = SnapshotJson.parse("{" + HEAD + "," + TABLES + "," + REST + "}", "x.json");
        Snapshot tablesFirst = SnapshotJson.parse("{" + TABLES + "," + HEAD + "," + REST + "}", "x.json");

        assertThat(tablesFirst.tables()).isEqualTo(usual.tables());
        assertThat(tablesFirst.keyOrder()).startsWith("tables", "id");
        assertThat(usual.keyOrder()).containsExactly("id", "prevId", "version", "dialect", "tables", "enums", "schemas", "_meta");
    }

    @Test
    void aTableThatIsNotAnObjectADuplicateTableAndTrailingTextAreRefusedWithTheirPlace() {
        Problem notObject = problem("{" + HEAD + ",\"tables\":{\"public.t\":[]}," + REST + "}");
        assertThat(notObject.code()).isEqualTo("snapshot.bad-shape");
        assertThat(notObject.message()).contains("tables[\"public.t\"]", "expected an object");

        String table = TABLES.substring("\"tables\":{".length(), TABLES.length() - 1);
        Problem duplicate = problem("{" + HEAD + ",\"tables\":{" + table + "," + table + "}," + REST + "}");
        assertThat(duplicate.code()).isEqualTo("snapshot.broken-json");
        assertThat(duplicate.message()).contains("public.t");

        Problem trailing = problem("{" + HEAD + "," + TABLES + "," + REST + "} {}");
        assertThat(trailing.code()).isEqualTo("snapshot.broken-json");

        Problem wrongVersion = problem("{\"id\":\"a\",\"prevId\":\"b\",\"version\":\"5\",\"dialect\":\"pg\","
                + "\"tables\":{\"public.t\":[]}}");
        assertThat(wrongVersion.code()).as("the version is judged before any table").isEqualTo("snapshot.old-version");
    }

    @Test
    void brokenJsonNamesFileAndLine() {
        String broken = "{\n  \"id\": \"a\",\n  \"prevId\" \"b\"\n}";

        assertThatThrownBy(() -> SnapshotJson.parse(broken, "meta/0003_snapshot.json"))
                .isInstanceOf(StrataException.Input.class)
                .satisfies(e -> {
                    StrataException.Input input = (StrataException.Input) e;
                    assertThat(input.problem().file()).isEqualTo(Path.of("meta/0003_snapshot.json"));
                    assertThat(input.problem().line()).isEqualTo(3);
                    assertThat(input.problem().code()).isEqualTo("snapshot.broken-json");
                    assertThat(input.getMessage()).contains("meta/0003_snapshot.json:3: ", "line 3, column");
                });
    }

    @Test
    void brokenFileOnDiskNamesThePath(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("0000_snapshot.json"), "{\"id\": ");

        assertThatThrownBy(() -> SnapshotJson.read(file))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void versionSixAsksForDrizzleKitUp() {
        assertThatThrownBy(() -> SnapshotJson.parse(minimal("6"), "meta/0000_snapshot.json"))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("version 6")
                .hasMessageContaining("drizzle-kit up");
    }

    @Test
    void versionEightIsRefusedAsNewer() {
        assertThatThrownBy(() -> SnapshotJson.parse(minimal("8"), "meta/0000_snapshot.json"))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("newer drizzle-kit")
                .extracting(e -> ((StrataException.Input) e).problem().code())
                .isEqualTo("snapshot.newer-version");
    }

    @Test
    void missingKeyIsNamedWithItsPlace() {
        String noNotNull = minimal("7").replace("\"tables\": {}",
                "\"tables\": {\"public.t\": {\"name\": \"t\", \"schema\": \"\", \"columns\": {\"id\": "
                        + "{\"name\": \"id\", \"type\": \"integer\", \"primaryKey\": true}}, \"indexes\": {}, "
                        + "\"foreignKeys\": {}, \"compositePrimaryKeys\": {}}}");

        assertThatThrownBy(() -> SnapshotJson.parse(noNotNull, "s.json"))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("tables[\"public.t\"].columns[\"id\"]")
                .hasMessageContaining("missing required key \"notNull\"");
        assertThatThrownBy(() -> SnapshotJson.parse(minimal("7").replace("\"_meta\": {}, ", ""), "s.json"))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("\"_meta\"");
    }

    @Test
    void unknownNestedKeyIsRefused() {
        String extra = minimal("7").replace("\"enums\": {}", "\"enums\": {\"public.e\": {\"name\": \"e\", "
                + "\"schema\": \"public\", \"values\": [], \"extra\": 1}}");

        assertThatThrownBy(() -> SnapshotJson.parse(extra, "s.json"))
                .isInstanceOf(StrataException.Input.class)
                .hasMessageContaining("unknown key \"extra\"");
    }

    @Test
    void recordsAreDefensiveCopies() {
        var with = JsonNodeFactory.instance.objectNode().put("fillfactor", 70);
        SnapshotIndex index = new SnapshotIndex("i", List.of(), false, null, false, "btree", with);
        with.put("fillfactor", 10);
        ((ObjectNode) index.with()).put("fillfactor", 20);

        assertThat(index.with().get("fillfactor").intValue()).isEqualTo(70);
    }

    private static String minimal(String version) {
        return "{\"id\": \"a\", \"prevId\": \"b\", \"version\": \"" + version + "\", \"dialect\": \"postgresql\", "
                + "\"tables\": {}, \"enums\": {}, \"schemas\": {}, \"_meta\": {}, \"views\": {}}";
    }

    private static SnapshotColumn column(String name, SnapshotDefault d) {
        return new SnapshotColumn(name, "text", null, false, false, d, null, null);
    }

    private static Snapshot withTable(Map<String, SnapshotColumn> columns) {
        SnapshotTable t = new SnapshotTable("t", "", new LinkedHashMap<>(columns), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), false);
        Snapshot e = Snapshot.empty();
        return new Snapshot("a", "b", "7", "postgresql", Map.of("public.t", t), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), e.meta(), null, null, List.of());
    }
}
