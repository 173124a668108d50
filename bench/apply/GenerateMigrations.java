import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes N realistic migrations in Drizzle Kit's layout (tables, indexes, FKs, enums, PL/pgSQL
 * functions with triggers, backfills, column changes) plus all.sql, their concatenation for psql.
 * Usage: java GenerateMigrations.java OUT_DIR [N]
 */
public final class GenerateMigrations {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(out.resolve("meta"));
        List<String> entries = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        int tables = 0;
        for (int i = 0; i < n; i++) {
            String sql;
            int kind = i % 10;
            if (tables < 2) {
                kind = 0;
            }
            switch (kind) {
                case 0, 5 -> {
                    tables++;
                    sql = createTable(tables);
                }
                case 1 -> sql = "CREATE INDEX \"t" + tables + "_name_idx\" ON \"t" + tables + "\" USING btree (\"name\");--> statement-breakpoint\n"
                        + "CREATE UNIQUE INDEX \"t" + tables + "_code_idx\" ON \"t" + tables + "\" (\"code\") WHERE \"code\" IS NOT NULL;";
                case 2 -> sql = "CREATE TYPE \"public\".\"status_" + i + "\" AS ENUM('draft', 'active', 'archived');--> statement-breakpoint\n"
                        + "ALTER TABLE \"t" + tables + "\" ADD COLUMN \"status_" + i + "\" \"status_" + i + "\" DEFAULT 'draft' NOT NULL;";
                case 3 -> sql = "ALTER TABLE \"t" + tables + "\" ADD COLUMN \"parent_id\" bigint;--> statement-breakpoint\n"
                        + "ALTER TABLE \"t" + tables + "\" ADD CONSTRAINT \"t" + tables + "_parent_fk\" FOREIGN KEY (\"parent_id\") REFERENCES \"public\".\"t"
                        + (tables - 1) + "\"(\"id\") ON DELETE set null ON UPDATE no action;";
                case 4 -> sql = function(tables, i);
                case 6 -> sql = "-- backfill: seed rows, then derive a column\n"
                        + "INSERT INTO t" + tables + " (name, code) SELECT 'row ' || g, 'c" + i + "-' || g FROM generate_series(1, 200) g;\n"
                        + "UPDATE t" + tables + " SET name = upper(name) WHERE code LIKE 'c" + i + "-%';\n";
                case 7 -> sql = "ALTER TABLE \"t" + tables + "\" ADD COLUMN \"score_" + i + "\" numeric(10, 2) DEFAULT 0;--> statement-breakpoint\n"
                        + "ALTER TABLE \"t" + tables + "\" ADD CONSTRAINT \"t" + tables + "_score_" + i + "_check\" CHECK (\"score_" + i + "\" >= 0);";
                case 8 -> sql = "ALTER TABLE \"t" + tables + "\" ALTER COLUMN \"name\" SET DATA TYPE varchar(500);--> statement-breakpoint\n"
                        + "COMMENT ON COLUMN \"t" + tables + "\".\"name\" IS 'display name; may contain ; and ''quotes''';";
                default -> sql = "CREATE VIEW \"v" + i + "\" AS SELECT id, name FROM \"t" + tables + "\" WHERE code IS NOT NULL;";
            }
            String tag = String.format("%04d_step_%d", i, kind);
            Files.writeString(out.resolve(tag + ".sql"), sql);
            entries.add("    {\n      \"idx\": " + i + ",\n      \"version\": \"7\",\n      \"when\": " + (1_700_000_000_000L + i * 1000L)
                    + ",\n      \"tag\": \"" + tag + "\",\n      \"breakpoints\": true\n    }");
            all.append(sql).append(sql.endsWith(";") || sql.endsWith("\n") ? "\n" : ";\n");
        }
        Files.writeString(out.resolve("meta/_journal.json"), "{\n  \"version\": \"7\",\n  \"dialect\": \"postgresql\",\n  \"entries\": [\n"
                + String.join(",\n", entries) + "\n  ]\n}");
        Files.writeString(out.resolve("../all.sql"), all.toString());
    }

    private static String createTable(int t) {
        return "CREATE TABLE \"t" + t + "\" (\n\t\"id\" bigserial PRIMARY KEY NOT NULL,\n\t\"name\" text NOT NULL,\n\t\"code\" text,\n"
                + "\t\"payload\" jsonb DEFAULT '{}'::jsonb NOT NULL,\n\t\"created_at\" timestamp with time zone DEFAULT now() NOT NULL\n);";
    }

    private static String function(int t, int i) {
        return "CREATE OR REPLACE FUNCTION touch_" + i + "() RETURNS trigger AS $$\nBEGIN\n"
                + "  NEW.name := trim(NEW.name); -- normalise; a ';' inside the body\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n"
                + "--> statement-breakpoint\nCREATE TRIGGER \"t" + t + "_touch_" + i + "\" BEFORE INSERT OR UPDATE ON \"t" + t
                + "\" FOR EACH ROW EXECUTE FUNCTION touch_" + i + "();";
    }
}
