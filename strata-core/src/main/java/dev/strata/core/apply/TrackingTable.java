package dev.strata.core.apply;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * drizzle-orm's tracking table ({@code "drizzle"."__drizzle_migrations"}: id, hash, created_at,
 * created exactly as drizzle creates it) and, beside it, Strata's history table
 * ({@code <table>_history}) that holds what drizzle's cannot: manual migrations, names, checksums,
 * durations, who applied, failed and partial attempts. drizzle-orm never reads the history table,
 * so its reading of its own table is untouched.
 *
 * @param schema drizzle's {@code migrationsSchema}
 * @param table  drizzle's {@code migrationsTable}
 */
public record TrackingTable(String schema, String table) {
    public TrackingTable {
        if (schema == null || schema.isBlank() || table == null || table.isBlank()) {
            throw new IllegalArgumentException("tracking schema and table are required");
        }
    }

    /** {@code "drizzle"."__drizzle_migrations"}. */
    public String drizzle() {
        return quote(schema) + "." + quote(table);
    }

    /** {@code "drizzle"."__drizzle_migrations_history"}. */
    public String history() {
        return quote(schema) + "." + quote(historyName());
    }

    public String historyName() {
        return table + "_history";
    }

    /** The statements that create both tables; each is idempotent. */
    public List<String> bootstrap() {
        return List.of(
                "CREATE SCHEMA IF NOT EXISTS " + quote(schema),
                "CREATE TABLE IF NOT EXISTS " + drizzle() + " (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)",
                "CREATE TABLE IF NOT EXISTS " + history() + " (\n"
                        + "  id bigserial PRIMARY KEY,\n"
                        + "  name text NOT NULL,\n"
                        + "  kind text NOT NULL CHECK (kind IN ('journal', 'manual')),\n"
                        + "  hash text NOT NULL,\n"
                        + "  checksum text NOT NULL,\n"
                        + "  created_at bigint,\n"
                        + "  status text NOT NULL CHECK (status IN ('applied', 'failed', 'running')),\n"
                        + "  transaction_mode text NOT NULL,\n"
                        + "  statements_total integer NOT NULL,\n"
                        + "  statements_done integer NOT NULL,\n"
                        + "  done_checksum text,\n"
                        + "  applied_at timestamptz NOT NULL DEFAULT now(),\n"
                        + "  duration_ms bigint,\n"
                        + "  applied_by text NOT NULL,\n"
                        + "  error text\n"
                        + ")");
    }

    /** The session advisory lock key that serializes Strata runs on this tracking table. */
    public long lockKey() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("strata:" + schema + "." + table).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A double-quoted SQL identifier. */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
