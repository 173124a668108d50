-- A big table in production: build the index without blocking writes.
-- Strata runs this file outside a transaction because of CONCURRENTLY.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "invoices_account_idx" ON "invoices" ("account_id");
