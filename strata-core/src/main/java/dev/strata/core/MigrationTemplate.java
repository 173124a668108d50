package dev.strata.core;

/** The text of a new hand-written migration: the guide's header, then advice for its type. Only comments: it runs as a no-op until filled in. */
final class MigrationTemplate {
    private MigrationTemplate() {
    }

    static String text(NewMigrationOptions o, String name, String previous) {
        return "-- Migration: " + name + "\n"
                + "-- Description: " + o.description().replace("\n", " ") + "\n"
                + "-- Tables Affected: \n"
                + "-- Breaking Changes: none\n"
                + "-- Rollback: \n"
                + "-- Dependencies: " + (previous == null ? "none" : previous) + "\n"
                + "--\n"
                + body(o.type());
    }

    private static String body(NewMigrationOptions.Type type) {
        return switch (type) {
            case TABLE -> """
                    -- Table: create it with its keys; add foreign keys to big existing tables NOT VALID,
                    -- then VALIDATE CONSTRAINT in a later migration.
                    -- CREATE TABLE IF NOT EXISTS "public"."example" (
                    --   "id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    --   "created_at" timestamp with time zone DEFAULT now() NOT NULL
                    -- );
                    """;
            case COLUMN -> """
                    -- Column: on a big table set lock_timeout first; add NOT NULL columns with a DEFAULT,
                    -- or as: add nullable, backfill in batches, CHECK (...) NOT VALID, VALIDATE, SET NOT NULL.
                    -- SET lock_timeout = '5s';
                    -- ALTER TABLE "public"."example" ADD COLUMN IF NOT EXISTS "note" text;
                    """;
            case INDEX -> """
                    -- Index: CONCURRENTLY does not block writes; Strata runs a file holding it outside a
                    -- transaction, so keep it alone in this file. IF NOT EXISTS makes a retry safe.
                    -- CREATE INDEX CONCURRENTLY IF NOT EXISTS "example_created_at_idx" ON "public"."example" ("created_at");
                    """;
            case DATA -> """
                    -- Data: keep schema changes out of this file; change big tables in batches with a WHERE.
                    -- UPDATE "public"."example" SET "note" = '' WHERE "note" IS NULL AND "id" BETWEEN 1 AND 10000;
                    """;
            case OTHER -> """
                    -- Write the SQL below. Separate statements with --> statement-breakpoint lines
                    -- if you want Strata to report progress per statement.
                    """;
        };
    }
}
