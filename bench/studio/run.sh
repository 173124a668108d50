#!/usr/bin/env bash
# Strata Studio grid benchmark: a page of 100 rows of a 10,000,000-row table sorted by an indexed
# column, first page and deep (after row 5,000,000), timed through HTTP against an in-process studio
# (strata-studio/src/test/java/dev/strata/studio/StudioBench.java). Needs psql and a server
# (default postgres://postgres@127.0.0.1:5432; BENCH_SERVER overrides). The database
# strata_bench_studio is kept between runs (loading takes a few minutes); --fresh reloads it.
# Usage: bench/studio/run.sh [--fresh] [REQUESTS]   (REQUESTS per case, default 30)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
fresh=false
if [[ "${1:-}" == "--fresh" ]]; then fresh=true; shift; fi
runs=${1:-30}
server=${BENCH_SERVER:-postgres://postgres@127.0.0.1:5432}
db=strata_bench_studio
target=target-bench

exists=$(psql -XAtq "$server/postgres" -c "SELECT 1 FROM pg_database WHERE datname = '$db'")
loaded=""
if [[ "$exists" == "1" ]]; then
  loaded=$(psql -XAtq "$server/$db" -c "SELECT 1 FROM pg_class WHERE relname = 'bench_rows_v_idx'" || true)
fi
if $fresh || [[ "$loaded" != "1" ]]; then
  echo "loading 10,000,000 rows into $db (unlogged insert, then logged, keys and index, analyze)..."
  t0=$(date +%s)
  psql -Xq "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  psql -Xq -v ON_ERROR_STOP=1 "$server/$db" <<'SQL'
SET maintenance_work_mem = '512MB';
CREATE UNLOGGED TABLE bench_rows (id bigint NOT NULL, v integer NOT NULL, label text NOT NULL, created_at timestamptz NOT NULL);
-- v: about ten rows per value, spread over the ids (a multiplicative hash), so ties are broken by the key.
INSERT INTO bench_rows
SELECT i, ((i * 2654435761) % 1000003)::integer, 'row ' || i, timestamptz '2024-01-01' + i * interval '1 second'
  FROM generate_series(1, 10000000) AS i;
ALTER TABLE bench_rows SET LOGGED;
ALTER TABLE bench_rows ADD PRIMARY KEY (id);
CREATE INDEX bench_rows_v_idx ON bench_rows (v);
VACUUM ANALYZE bench_rows;
SQL
  echo "loaded in $(( $(date +%s) - t0 )) s"
fi

cd "$repo"
# The shaded CLI jar holds core, the studio and their dependencies; the benchmark main is a test class.
mvn -q -B -o package -DskipTests -Dstrata.target=$target
java -cp "strata-studio/$target/test-classes:strata-cli/$target/strata.jar" dev.strata.studio.StudioBench "$server/$db" "$runs"
