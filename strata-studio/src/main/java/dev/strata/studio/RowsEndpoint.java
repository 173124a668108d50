package dev.strata.studio;

import io.javalin.http.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/rows/{schema}/{table}}: one page of rows, sorted and filtered, paged by keyset.
 * Names are looked up in the catalog first (unknown: 400); values are bound.
 */
final class RowsEndpoint {
    private static final int DEFAULT_LIMIT = 100;

    private final StudioContext studio;

    RowsEndpoint(StudioContext studio) {
        this.studio = studio;
    }

    void handle(Context ctx) {
        long start = System.nanoTime();
        Map<String, Object> out = studio.database().with(c -> page(c, ctx));
        out.put("serverMs", Math.round((System.nanoTime() - start) / 10_000.0) / 100.0);
        studio.json().send(ctx, out);
    }

    private Map<String, Object> page(Connection c, Context ctx) throws SQLException {
        Relation relation = RelationLookup.find(c, ctx.pathParam("schema"), ctx.pathParam("table"));
        RowQuery query = query(relation, ctx);
        List<List<Object>> rows = new ArrayList<>();
        String next = null;
        try (PreparedStatement ps = c.prepareStatement(query.sql())) {
            Param.bindAll(ps, query.params());
            try (ResultSet rs = ps.executeQuery()) {
                List<String> last = null;
                while (rs.next()) {
                    if (rows.size() == query.limit()) {
                        next = query.pageable() ? cursor(query, last) : null;
                        break;
                    }
                    rows.add(row(rs, relation));
                    last = keyValues(rs, query);
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("columns", relation.columns().stream().map(col -> SchemaJson.map("name", col.name(), "type", col.type(),
                "references", col.references() == null ? null : SchemaJson.map("schema", col.references().schema(),
                        "table", col.references().table(), "column", col.references().column()))).toList());
        out.put("rows", rows);
        out.put("next", next);
        out.put("estimate", relation.estimate());
        out.put("key", relation.key().isEmpty() && relation.hasCtid() ? List.of(RowQuery.CTID) : relation.key());
        return out;
    }

    private RowQuery query(Relation relation, Context ctx) {
        String sortName = ctx.queryParam("sort");
        RelationColumn sort = sortName == null || sortName.isEmpty() ? null : relation.requireColumn(sortName, "sort");
        SortDirection direction = SortDirection.parse(ctx.queryParam("dir"));
        String filterText = ctx.queryParam("filter");
        List<Filter> filters = filterText == null || filterText.isBlank() ? List.of()
                : Filter.parse(studio.json().parse(filterText, "filter"), relation);
        String afterText = ctx.queryParam("after");
        Cursor after = afterText == null || afterText.isEmpty() ? null : Cursor.decode(afterText, studio.json().mapper());
        return new RowQuery(relation, sort, direction, filters, after, limit(ctx.queryParam("limit")));
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit \"" + text + "\" is not a number", "send limit=100 (at most " + RowQuery.MAX_LIMIT + ")");
        }
    }

    private List<Object> row(ResultSet rs, Relation relation) throws SQLException {
        List<Object> row = new ArrayList<>(relation.columns().size());
        for (int i = 0; i < relation.columns().size(); i++) {
            row.add(ResultValues.read(rs, i + 1, relation.columns().get(i).typeName(), studio.json().mapper()));
        }
        return row;
    }

    /** The sort value and key values of the current row, as text: what the next page's cursor holds. */
    private static List<String> keyValues(ResultSet rs, RowQuery query) throws SQLException {
        List<String> values = new ArrayList<>();
        // By position: pgjdbc finds columns by label case-insensitively, and "Name" and "name" may both exist.
        Relation r = query.relation();
        values.add(query.sort() == null ? null : rs.getString(r.columns().indexOf(query.sort()) + 1));
        for (String k : RowQuery.keyNames(r, query.sort())) {
            values.add(rs.getString(k.equals(RowQuery.CTID) && r.key().isEmpty() ? r.columns().size() + 1
                    : r.columns().indexOf(r.column(k).orElseThrow()) + 1));
        }
        return values;
    }

    private String cursor(RowQuery query, List<String> last) {
        return new Cursor(query.sort() == null ? null : query.sort().name(), query.direction(), last.get(0),
                last.subList(1, last.size())).encode(studio.json().mapper());
    }
}
