CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');
CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 10;
CREATE TABLE users (
  id integer PRIMARY KEY,
  name text NOT NULL,
  email varchar(200) UNIQUE,
  mood mood,
  score numeric(6,2),
  born date,
  profile jsonb,
  active boolean NOT NULL DEFAULT true,
  CONSTRAINT users_score_range CHECK (score >= 0)
);
COMMENT ON TABLE users IS 'people who order';
COMMENT ON COLUMN users.email IS 'where receipts go';
CREATE INDEX users_name_idx ON users (name);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  total integer NOT NULL,
  note text
);
CREATE INDEX orders_user_idx ON orders (user_id);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_owner ON orders FOR SELECT USING (user_id > 0);
CREATE VIEW big_orders AS SELECT id, user_id, total FROM orders WHERE total > 100;
CREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY user_id;
CREATE TABLE logbook (at timestamptz NOT NULL, message text);
CREATE SCHEMA billing;
CREATE TABLE billing."Invoice Lines" ("Line" integer PRIMARY KEY, amount integer);
INSERT INTO users (id, name, email, mood, score, born, profile, active)
SELECT i, 'user ' || i, 'u' || i || '@example.com', (ARRAY['happy','sad','ok'])[1 + i % 3]::mood,
       CASE WHEN i % 7 = 0 THEN NULL ELSE (i % 50) + 0.5 END, date '2000-01-01' + i,
       jsonb_build_object('n', i, 'tags', jsonb_build_array('a', 'b')), i % 2 = 0
  FROM generate_series(1, 250) i;
UPDATE users SET name = '50%_off\sale' WHERE id = 13;
INSERT INTO orders (user_id, total, note) SELECT 1 + i % 250, i * 3, CASE WHEN i % 5 = 0 THEN NULL ELSE 'note ' || i END
  FROM generate_series(1, 400) i;
INSERT INTO logbook SELECT timestamptz '2024-01-01' + i * interval '1 hour', 'm' || i FROM generate_series(1, 30) i;
INSERT INTO billing."Invoice Lines" VALUES (1, 10), (2, 20);
ANALYZE;
