import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one schema of TABLES tables twice — as Strata Java DSL classes and as a drizzle-orm schema.ts
 * folder — in two versions: {@code base} and {@code changed} (one column changed in 50 tables). Deterministic:
 * the same arguments always give the same files.
 *
 * <p>Layout, as a team with 5,000 tables would keep it: one file per domain of 100 tables (50 files) plus one
 * file of enums, cross-file foreign keys going through imports (Java: {@code Domain03.t0301.column("id")};
 * TypeScript: {@code import { t0301 } from "./domain03"}).
 *
 * <pre>
 * OUT/base/java/app/schema/{Enums,Domain00..Domain49}.java   OUT/base/ts/{enums,domain00..domain49}.ts
 * OUT/changed/java/...                                       OUT/changed/ts/...
 * </pre>
 *
 * Table i (t0000..t4999), 6–11 columns: id (bigint identity, or uuid with a random default every 4th table),
 * name varchar(255) not null, description text, created_at timestamptz default now() not null, updated_at
 * timestamptz, and by i: status (one of 20 enums) or is_active boolean, amount numeric(12,2), score double
 * precision, tags text[], meta jsonb, code varchar(64) unique, parent_id → the previous table, account_id →
 * t0000. Indexes: name (all), parent_id, a unique (name, created_at), a partial index; a check on amount.
 *
 * <p>The change, in the 50 tables i ≡ 50 (mod 100), one per file: in even files name becomes varchar(512)
 * (ALTER COLUMN ... SET DATA TYPE), in odd files a nullable column note text is added.
 *
 * <p>Usage: {@code java bench/generate/GenerateSchema.java OUT [TABLES]}
 */
public final class GenerateSchema {
    static final int PER_FILE = 100;
    static final int ENUMS = 20;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        for (String version : List.of("base", "changed")) {
            boolean changed = version.equals("changed");
            Path java = Files.createDirectories(out.resolve(version).resolve("java/app/schema"));
            Path ts = Files.createDirectories(out.resolve(version).resolve("ts"));
            Files.writeString(java.resolve("Enums.java"), javaEnums());
            Files.writeString(ts.resolve("enums.ts"), tsEnums());
            for (int f = 0; f * PER_FILE < tables; f++) {
                int from = f * PER_FILE;
                int to = Math.min(tables, from + PER_FILE);
                Files.writeString(java.resolve(String.format("Domain%02d.java", f)), javaFile(f, from, to, changed));
                Files.writeString(ts.resolve(String.format("domain%02d.ts", f)), tsFile(f, from, to, changed));
            }
        }
    }

    /** What table i has; both renderings read only this. */
    record Table(int i, boolean uuidId, boolean status, boolean active, boolean amount, boolean score, boolean tags,
                 boolean meta, boolean code, boolean parent, boolean parentUuid, boolean account, boolean uniqueIdx,
                 boolean partialIdx, boolean check, boolean wideName, boolean note) {
        static Table of(int i, boolean changed) {
            boolean amount = i % 3 == 0;
            boolean active = i % 2 == 1;
            boolean parent = i > 0 && i % 3 == 1;
            boolean touched = changed && i % 100 == 50;
            boolean evenFile = (i / PER_FILE) % 2 == 0;
            return new Table(i, i % 4 == 0, !active, active, amount, i % 4 == 1, i % 5 == 2, i % 3 == 2,
                    i % 5 == 0, parent, parent && (i - 1) % 4 == 0, i > 0 && i % 7 == 3, i % 10 == 0,
                    active && i % 20 == 7, amount && i % 9 == 0, touched && evenFile, touched && !evenFile);
        }

        String name() {
            return String.format("t%04d", i);
        }

        String enumName() {
            return String.format("status_%02d", i % ENUMS);
        }
    }

    static String ref(int table, int fromFile, boolean java) {
        int file = table / PER_FILE;
        String field = String.format("t%04d", table);
        return java && file != fromFile ? String.format("Domain%02d.%s", file, field) : field;
    }

    // ---- Java DSL ----

    static String javaEnums() {
        StringBuilder s = new StringBuilder("package app.schema;\n\nimport dev.strata.core.source.dsl.*;\n\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n\npublic final class Enums {\n");
        for (int e = 0; e < ENUMS; e++) {
            s.append(String.format("    public static final PgEnum status%02d = pgEnum(\"status_%02d\", \"draft\", \"active\", "
                    + "\"archived\", \"deleted\");%n", e, e));
        }
        return s.append("}\n").toString();
    }

    static String javaFile(int f, int from, int to, boolean changed) {
        StringBuilder s = new StringBuilder("package app.schema;\n\nimport dev.strata.core.source.dsl.*;\n\n"
                + "import static dev.strata.core.source.dsl.Dsl.*;\n\n");
        s.append(String.format("/** Tables t%04d..t%04d. */%npublic final class Domain%02d {%n", from, to - 1, f));
        for (int i = from; i < to; i++) {
            Table t = Table.of(i, changed);
            String n = t.name();
            s.append("    public static final PgTable ").append(n).append(" = table(\"").append(n).append("\", t -> {\n");
            s.append(t.uuidId() ? "        t.uuid(\"id\").primaryKey().defaultRandom();\n"
                    : "        t.bigint(\"id\").primaryKey().generatedAlwaysAsIdentity();\n");
            s.append("        var name = t.varchar(\"name\", ").append(t.wideName() ? 512 : 255).append(").notNull();\n");
            if (t.code()) {
                s.append("        t.varchar(\"code\", 64).unique();\n");
            }
            s.append("        t.text(\"description\");\n");
            if (t.status()) {
                s.append(String.format("        t.enumColumn(\"status\", Enums.status%02d).defaultValue(\"active\").notNull();%n", i % ENUMS));
            }
            if (t.active()) {
                s.append("        var isActive = t.bool(\"is_active\").defaultValue(true).notNull();\n");
            }
            if (t.amount()) {
                s.append("        var amount = t.numeric(\"amount\", 12, 2).defaultValue(\"0\");\n");
            }
            if (t.score()) {
                s.append("        t.doublePrecision(\"score\");\n");
            }
            if (t.tags()) {
                s.append("        t.text(\"tags\").array();\n");
            }
            if (t.meta()) {
                s.append("        t.jsonb(\"meta\");\n");
            }
            if (t.parent()) {
                s.append("        var parentId = t.").append(t.parentUuid() ? "uuid" : "bigint").append("(\"parent_id\").references(")
                        .append(ref(i - 1, f, true)).append(".column(\"id\")).onDelete(CASCADE);\n");
            }
            if (t.account()) {
                s.append("        t.uuid(\"account_id\").references(").append(ref(0, f, true))
                        .append(".column(\"id\")).onDelete(SET_NULL);\n");
            }
            s.append("        var createdAt = t.timestamptz(\"created_at\").defaultNow().notNull();\n");
            s.append("        t.timestamptz(\"updated_at\");\n");
            if (t.note()) {
                s.append("        t.text(\"note\");\n");
            }
            s.append("        t.index(\"").append(n).append("_name_idx\").on(name);\n");
            if (t.parent()) {
                s.append("        t.index(\"").append(n).append("_parent_idx\").on(parentId);\n");
            }
            if (t.uniqueIdx()) {
                s.append("        t.uniqueIndex(\"").append(n).append("_name_created_uq\").on(name, createdAt);\n");
            }
            if (t.partialIdx()) {
                s.append("        t.index(\"").append(n).append("_active_idx\").on(createdAt).where(sql(isActive, \" = true\"));\n");
            }
            if (t.check()) {
                s.append("        t.check(\"").append(n).append("_amount_check\", sql(amount, \" >= 0\"));\n");
            }
            s.append("    });\n");
        }
        return s.append("}\n").toString();
    }

    // ---- drizzle-orm schema.ts ----

    static String tsEnums() {
        StringBuilder s = new StringBuilder("import { pgEnum } from \"drizzle-orm/pg-core\";\n\n");
        for (int e = 0; e < ENUMS; e++) {
            s.append(String.format("export const status%02d = pgEnum(\"status_%02d\", [\"draft\", \"active\", \"archived\", "
                    + "\"deleted\"]);%n", e, e));
        }
        return s.toString();
    }

    static String tsFile(int f, int from, int to, boolean changed) {
        StringBuilder body = new StringBuilder();
        List<String> imports = new ArrayList<>();
        List<String> enums = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Table t = Table.of(i, changed);
            String n = t.name();
            body.append("export const ").append(n).append(" = pgTable(\"").append(n).append("\", {\n");
            body.append(t.uuidId() ? "  id: uuid(\"id\").primaryKey().defaultRandom(),\n"
                    : "  id: bigint(\"id\", { mode: \"number\" }).primaryKey().generatedAlwaysAsIdentity(),\n");
            body.append("  name: varchar(\"name\", { length: ").append(t.wideName() ? 512 : 255).append(" }).notNull(),\n");
            if (t.code()) {
                body.append("  code: varchar(\"code\", { length: 64 }).unique(),\n");
            }
            body.append("  description: text(\"description\"),\n");
            if (t.status()) {
                String e = String.format("status%02d", i % ENUMS);
                if (!enums.contains(e)) {
                    enums.add(e);
                }
                body.append("  status: ").append(e).append("(\"status\").default(\"active\").notNull(),\n");
            }
            if (t.active()) {
                body.append("  isActive: boolean(\"is_active\").default(true).notNull(),\n");
            }
            if (t.amount()) {
                body.append("  amount: numeric(\"amount\", { precision: 12, scale: 2 }).default(\"0\"),\n");
            }
            if (t.score()) {
                body.append("  score: doublePrecision(\"score\"),\n");
            }
            if (t.tags()) {
                body.append("  tags: text(\"tags\").array(),\n");
            }
            if (t.meta()) {
                body.append("  meta: jsonb(\"meta\"),\n");
            }
            if (t.parent()) {
                String target = ref(i - 1, f, false);
                importFrom(imports, i - 1, f);
                body.append("  parentId: ").append(t.parentUuid() ? "uuid(\"parent_id\")" : "bigint(\"parent_id\", { mode: \"number\" })")
                        .append(".references(() => ").append(target).append(".id, { onDelete: \"cascade\" }),\n");
            }
            if (t.account()) {
                importFrom(imports, 0, f);
                body.append("  accountId: uuid(\"account_id\").references(() => t0000.id, { onDelete: \"set null\" }),\n");
            }
            body.append("  createdAt: timestamp(\"created_at\", { withTimezone: true }).defaultNow().notNull(),\n");
            body.append("  updatedAt: timestamp(\"updated_at\", { withTimezone: true }),\n");
            if (t.note()) {
                body.append("  note: text(\"note\"),\n");
            }
            body.append("}, (t) => [\n");
            body.append("  index(\"").append(n).append("_name_idx\").on(t.name),\n");
            if (t.parent()) {
                body.append("  index(\"").append(n).append("_parent_idx\").on(t.parentId),\n");
            }
            if (t.uniqueIdx()) {
                body.append("  uniqueIndex(\"").append(n).append("_name_created_uq\").on(t.name, t.createdAt),\n");
            }
            if (t.partialIdx()) {
                body.append("  index(\"").append(n).append("_active_idx\").on(t.createdAt).where(sql`${t.isActive} = true`),\n");
            }
            if (t.check()) {
                body.append("  check(\"").append(n).append("_amount_check\", sql`${t.amount} >= 0`),\n");
            }
            body.append("]);\n\n");
        }
        StringBuilder s = new StringBuilder("import { sql } from \"drizzle-orm\";\n");
        s.append("import { bigint, boolean, check, doublePrecision, index, jsonb, numeric, pgTable, text, timestamp, "
                + "uniqueIndex, uuid, varchar } from \"drizzle-orm/pg-core\";\n");
        if (!enums.isEmpty()) {
            s.append("import { ").append(String.join(", ", enums)).append(" } from \"./enums\";\n");
        }
        for (String i : imports) {
            s.append(i);
        }
        return s.append("\n").append(body).toString();
    }

    static void importFrom(List<String> imports, int table, int fromFile) {
        int file = table / PER_FILE;
        if (file != fromFile) {
            String line = String.format("import { t%04d } from \"./domain%02d\";%n", table, file);
            if (!imports.contains(line)) {
                imports.add(line);
            }
        }
    }
}
