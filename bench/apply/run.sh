#!/usr/bin/env bash
# Issue 2 benchmark: Strata applying 1,000 generated migrations vs `psql -1 -f` of the same SQL,
# and a no-op `strata migrate` with all 1,000 applied. Needs psql and a server (default:
# postgres://postgres@127.0.0.1:5432). Usage: bench/apply/run.sh [N] [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
n=${1:-1000}
runs=${2:-3}
server=${BENCH_SERVER:-postgres://postgres@127.0.0.1:5432}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

java "$here/GenerateMigrations.java" "$work/migrations" "$n"
"$repo/strata" --version >/dev/null   # build the CLI before timing anything

ms() { date +%s%N | cut -b1-13; }
# Each timed step starts from a checkpoint, so a checkpoint triggered by the previous step's WAL
# does not land in the next one's time.
fresh() { psql -q "$server/postgres" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" -c "CHECKPOINT"; }

: > "$work/times"
for r in $(seq 1 "$runs"); do
  fresh bench_psql
  t0=$(ms); psql -q -X -v ON_ERROR_STOP=1 -1 -f "$work/all.sql" "$server/bench_psql" >/dev/null; t1=$(ms)
  fresh bench_strata
  t2=$(ms); "$repo/strata" migrate -q --dir "$work/migrations" --url "$server/bench_strata" >/dev/null; t3=$(ms)
  psql -q "$server/postgres" -c "CHECKPOINT"
  t4=$(ms); "$repo/strata" migrate -q --dir "$work/migrations" --url "$server/bench_strata" >/dev/null; t5=$(ms)
  echo "run $r: psql -1 -f: $((t1 - t0)) ms | strata migrate: $((t3 - t2)) ms | no-op strata migrate: $((t5 - t4)) ms | ratio $(echo "scale=2; ($t3 - $t2) / ($t1 - $t0)" | bc)"
  echo "$((t1 - t0)) $((t3 - t2)) $((t5 - t4))" >> "$work/times"
done
median() { cut -d' ' -f"$1" "$work/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p=$(median 1); s=$(median 2); o=$(median 3)
echo "median of $runs: psql -1 -f $p ms | strata migrate $s ms (ratio $(echo "scale=2; $s / $p" | bc)) | no-op strata migrate $o ms"
psql -q "$server/postgres" -c "DROP DATABASE bench_psql WITH (FORCE)" -c "DROP DATABASE bench_strata WITH (FORCE)"
