#!/usr/bin/env bash
# Benchmark of the embedded PostgreSQL (issue 3). Not part of the test suite.
# Usage: bench/embedded/run.sh [runs]        (default 10; figures go to stdout)
# Builds strata-core into its own output folder (STRATA_TARGET, default target-bench), then runs
# bench/embedded/EmbeddedBench.java against the built classes and their dependencies.
set -euo pipefail
cd "$(dirname "$0")/../.."
target="${STRATA_TARGET:-target-bench}"
out="bench/out/embedded"
mvn -B -q -Dstrata.target="$target" -pl strata-core -DskipTests compile \
    dependency:build-classpath -Dmdep.outputFile="$PWD/$out/classpath.txt"
cp="strata-core/$target/classes:$(cat "$out/classpath.txt")"
javac -d "$out" -cp "$cp" bench/embedded/EmbeddedBench.java
exec java -cp "$out:$cp" EmbeddedBench "$@"
