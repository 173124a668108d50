#!/usr/bin/env bash
# Issue 6 benchmark: `strata check` on 10,000 migrations (offline: folder rules, with and without
# lint of every file) and the drift check of a 1,000-migration folder applied to a database.
# Needs psql and a server (default postgres://postgres@127.0.0.1:5432). Usage: bench/check/run.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${1:-3}
server=${BENCH_SERVER:-postgres://postgres@127.0.0.1:5432}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java "$repo/bench/apply/GenerateMigrations.java" "$work/m10k/migrations" 10000 >/dev/null
java "$repo/bench/apply/GenerateMigrations.java" "$work/m1k/migrations" 1000 >/dev/null
"$repo/strata" --version >/dev/null
ms() { date +%s%N | cut -b1-13; }
timed() { local t0; t0=$(ms); "$@" >/dev/null || true; echo $(( $(ms) - t0 )); }
psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS strata_bench_drift WITH (FORCE)" -c "CREATE DATABASE strata_bench_drift"
"$repo/strata" migrate -q --dir "$work/m1k/migrations" --url "$server/strata_bench_drift" >/dev/null
for r in $(seq 1 "$runs"); do
  a=$(timed "$repo/strata" check --offline --no-lint -q --dir "$work/m10k/migrations")
  b=$(timed "$repo/strata" check --offline -q --dir "$work/m10k/migrations")
  c=$(timed "$repo/strata" check --no-lint -q --dir "$work/m1k/migrations" --url "$server/strata_bench_drift")
  echo "run $r: check 10k (no lint) $a ms | check 10k (lint all) $b ms | check 1k + drift $c ms"
done
psql -q "$server/postgres" -c "DROP DATABASE strata_bench_drift WITH (FORCE)"
