-- Manual data migration: give every database without an owner the oldest owner account.
UPDATE databases d
   SET owner_id = (SELECT id FROM accounts WHERE role = 'owner' ORDER BY created_at LIMIT 1)
 WHERE d.owner_id IS NULL;
