#!/usr/bin/env bash
# Issue 4 benchmark: `strata pull` (introspection + snapshot + baseline) vs `pg_dump -s` on a database
# of 5,000 tables and 200 enums (fixture.sql), in one run, alternating, with the heap capped at 512 MB.
# Needs psql, pg_dump and a server (default postgres://postgres@127.0.0.1:5432).
# Usage: bench/pull/run.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
runs=${1:-5}
server=${BENCH_SERVER:-postgres://postgres@127.0.0.1:5432}
db=strata_bench_pull
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$repo/strata" --version >/dev/null   # build the CLI before timing anything
psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
echo "loading fixture (5,000 tables, 200 enums)..."
psql -q -X -v ON_ERROR_STOP=1 -f "$here/fixture.sql" "$server/$db" >/dev/null
psql -q "$server/$db" -c "VACUUM ANALYZE" -c "CHECKPOINT"

ms() { date +%s%N | cut -b1-13; }
: > "$work/times"
for r in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  t0=$(ms); pg_dump -s "$server/$db" > "$work/dump.sql"; t1=$(ms)
  /usr/bin/time -f "%M" -o "$work/rss" env STRATA_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx512m" \
    "$repo/strata" pull -q --url "$server/$db" --dir "$work/out" >/dev/null
  t2=$(ms)
  rss=$(tail -1 "$work/rss")
  echo "run $r: pg_dump -s $((t1 - t0)) ms | strata pull $((t2 - t1)) ms (-Xmx512m, peak RSS $((rss / 1024)) MB) | ratio $(echo "scale=2; ($t2 - $t1) / ($t1 - $t0)" | bc)"
  echo "$((t1 - t0)) $((t2 - t1))" >> "$work/times"
done
median() { cut -d' ' -f"$1" "$work/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
d=$(median 1); s=$(median 2)
echo "median of $runs: pg_dump -s $d ms | strata pull $s ms | ratio $(echo "scale=2; $s / $d" | bc)"
echo "files: $(wc -c < "$work/out/0000_baseline.sql") bytes baseline, $(wc -c < "$work/out/meta/0000_snapshot.json") bytes snapshot; pg_dump -s: $(wc -c < "$work/dump.sql") bytes"
psql -q "$server/postgres" -c "DROP DATABASE $db WITH (FORCE)"
