#!/usr/bin/env bash
# Issue benchmark: `strata generate` end to end on a 5,000-table schema with one column changed in 50 tables,
# side by side with `drizzle-kit generate` (0.31.11, drizzle-orm 0.45.4) on the same schema, in one run.
# GenerateSchema.java writes the schema both ways (Java DSL classes and drizzle-orm .ts files, 50 domain files
# of 100 tables + enums) in two versions; each tool makes its own baseline folder once (timed, reported apart),
# then every round copies that folder and generates the change migration in a new process (JVM / node).
# Strata runs twice per round: from the .java files (compiled in-process) and from the same files compiled
# beforehand by javac, outside the timing, as a Maven project's build would (--schema-class, --classpath).
# Strata runs through the ./strata launcher, as a user runs it: its JVM options and its class-data-sharing
# archive (both made on first use, before the rounds).
# drizzle-kit is installed with npm into bench/generate/.drizzle (git-ignored) on first use.
# Usage: bench/generate/run.sh [ROUNDS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
rounds=${1:-5}
tables=${BENCH_TABLES:-5000}
launcher="$repo/strata"
dz="$here/.drizzle"
"$launcher" --version >/dev/null # builds the jar and the archive when they are missing or stale
if [ ! -x "$dz/node_modules/.bin/drizzle-kit" ]; then
  mkdir -p "$dz" && echo '{"name":"strata-bench-generate","private":true}' > "$dz/package.json"
  (cd "$dz" && npm install --no-audit --no-fund drizzle-kit@0.31.11 drizzle-orm@0.45.4 >/dev/null)
fi
# the .ts files import drizzle-orm, so they live under the folder holding node_modules
work="$dz/work"
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
java "$here/GenerateSchema.java" "$work/schema" "$tables"
classes="$work/classes"
mkdir -p "$classes"
javac -proc:none -nowarn -d "$classes" -cp "$repo/strata-cli/target/strata.jar" $(find "$work/schema/changed/java" -name '*.java')
kit() { (cd "$dz" && node_modules/.bin/drizzle-kit generate --dialect postgresql "$@"); }
ms() { date +%s%N | cut -b1-13; }

t0=$(ms)
"$launcher" generate -q --schema "$work/schema/base/java" --dir "$work/s-base" --name baseline >/dev/null
t1=$(ms)
kit --schema "work/schema/base/ts/*.ts" --out "work/d-base" --name baseline >/dev/null
t2=$(ms)
echo "baseline ($tables tables, not in the rounds): strata generate $((t1 - t0)) ms | drizzle-kit generate $((t2 - t1)) ms"

: > "$work/times"
for r in $(seq 1 "$rounds"); do
  rm -rf "$work/s" "$work/c" "$work/d"
  cp -r "$work/s-base" "$work/s"
  cp -r "$work/s-base" "$work/c"
  cp -r "$work/d-base" "$work/d"
  t0=$(ms)
  /usr/bin/time -f "%M" -o "$work/rss-s" "$launcher" generate -q --schema "$work/schema/changed/java" --dir "$work/s" \
    --name change >/dev/null
  t1=$(ms)
  /usr/bin/time -f "%M" -o "$work/rss-c" "$launcher" generate -q --schema-class 'app.schema.*' --classpath "$classes" \
    --dir "$work/c" --name change >/dev/null
  t2=$(ms)
  (cd "$dz" && /usr/bin/time -f "%M" -o "$work/rss-d" node_modules/.bin/drizzle-kit generate --dialect postgresql \
    --schema "work/schema/changed/ts/*.ts" --out work/d --name change >/dev/null)
  t3=$(ms)
  rs=$(( $(tail -1 "$work/rss-s") / 1024 )); rc=$(( $(tail -1 "$work/rss-c") / 1024 )); rd=$(( $(tail -1 "$work/rss-d") / 1024 ))
  echo "round $r: strata generate from .java $((t1 - t0)) ms (peak RSS $rs MB) | from classes $((t2 - t1)) ms (peak RSS $rc MB)" \
    "| drizzle-kit generate $((t3 - t2)) ms (peak RSS $rd MB)"
  echo "$((t1 - t0)) $((t2 - t1)) $((t3 - t2)) $rs $rc $rd" >> "$work/times"
done
stat() { cut -d' ' -f"$1" "$work/times" | sort -n | awk '{a[NR]=$1} END {printf "median %d, min %d, max %d", a[int((NR+1)/2)], a[1], a[NR]}'; }
med() { cut -d' ' -f"$1" "$work/times" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
s=$(med 1); c=$(med 2); d=$(med 3)
echo "strata generate, from .java:   $(stat 1) ms; peak RSS $(stat 4) MB"
echo "strata generate, from classes: $(stat 2) ms; peak RSS $(stat 5) MB"
echo "drizzle-kit generate:          $(stat 3) ms; peak RSS $(stat 6) MB"
echo "ratio of medians (strata / drizzle-kit): from .java $(echo "scale=3; $s / $d" | bc), from classes $(echo "scale=3; $c / $d" | bc)"
df=$(ls "$work/d"/0001_*.sql)
for out in s c; do
  sf=$(ls "$work/$out"/0001_*.sql | grep -v down)
  if diff -q <(tr -d '\n' < "$sf") <(tr -d '\n' < "$df") >/dev/null; then
    echo "same SQL ($out): $(grep -c . "$sf") lines in both change migrations"
  else
    echo "the change migrations differ ($out):"; diff "$sf" "$df" | head -20
  fi
done
