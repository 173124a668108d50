-- A small shop for the studio browser tests: enum, jsonb, foreign keys (one composite),
-- a view, a table without a primary key, comments, an index.
CREATE TYPE mood AS ENUM ('happy', 'sad', 'ok');
CREATE TABLE users (
  id integer PRIMARY KEY,
  name text NOT NULL,
  email varchar(200) UNIQUE,
  mood mood,
  born date,
  profile jsonb,
  active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE users IS 'people who order';
COMMENT ON COLUMN users.email IS 'where receipts go';
CREATE INDEX users_name_idx ON users (name);
CREATE TABLE products (
  id serial PRIMARY KEY,
  title text NOT NULL,
  price numeric(8,2) NOT NULL CHECK (price >= 0)
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  placed timestamptz NOT NULL DEFAULT now(),
  note text
);
CREATE INDEX orders_user_idx ON orders (user_id);
CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
  product_id integer NOT NULL REFERENCES products (id),
  quantity integer NOT NULL DEFAULT 1,
  PRIMARY KEY (order_id, product_id)
);
CREATE TABLE logbook (at timestamptz NOT NULL, message text);
CREATE VIEW big_orders AS SELECT o.id, o.user_id, count(*) AS items FROM orders o JOIN order_items i ON i.order_id = o.id GROUP BY o.id;
INSERT INTO users (id, name, email, mood, born, profile, active)
SELECT i, 'user ' || i, 'u' || i || '@example.com', (ARRAY['happy','sad','ok'])[1 + i % 3]::mood, date '1990-01-01' + i * 20,
       jsonb_build_object('n', i, 'tags', jsonb_build_array('a', 'b'), 'vip', i % 10 = 0), i % 4 <> 0
  FROM generate_series(1, 250) i;
INSERT INTO products (title, price) SELECT 'product ' || i, i * 1.25 FROM generate_series(1, 40) i;
INSERT INTO orders (user_id, placed, note)
SELECT 1 + (i * 7) % 250, timestamptz '2025-01-01' + i * interval '5 hours', CASE WHEN i % 5 = 0 THEN NULL ELSE 'note ' || i END
  FROM generate_series(1, 600) i;
INSERT INTO order_items SELECT i, 1 + i % 40, 1 + i % 3 FROM generate_series(1, 600) i;
INSERT INTO order_items SELECT i, 1 + (i + 7) % 40, 2 FROM generate_series(1, 600, 3) i;
INSERT INTO logbook SELECT timestamptz '2025-01-01' + i * interval '1 hour', 'm' || i FROM generate_series(1, 30) i;
ANALYZE;
