-- Manual migration: not in the journal, so drizzle-kit ignores it; Strata tracks it.
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS invited_email text;
ALTER TABLE accounts ADD COLUMN IF NOT EXISTS invited_at timestamptz;
COMMENT ON COLUMN accounts.invited_email IS 'address the invite was sent to; may differ from email';
