#!/usr/bin/env bash
# Load test of POST /api/v2/registry/select (in-memory engine) against select_model() over JDBC, own generator and hey (figures: bench/RESULTS.md).
#
#   bench/select-load.sh                      # 500 req/s: first minute, 60 s more, hey, JDBC baseline, saturation; shipped then +10,000 models
#   bench/select-load.sh --rate 200 --duration 10 --saturation 5 --modes shipped
#
# Needs a PostgreSQL server where it may create (and afterwards drop) a database: BENCH_PG_URL
# (default jdbc:postgresql://127.0.0.1:5432/, the local server of the project's machines), BENCH_PG_USER,
# BENCH_PG_PASSWORD. It builds the service jar unless BENCH_SKIP_BUILD=1, starts it on a free port, and
# runs the load generator bench/select-load/SelectLoad.java with the JDK alone (plus the PostgreSQL driver
# taken from the jar). The output is also kept in bench/out/select-load-<time>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/model-registry-0.1.0-SNAPSHOT.jar
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  mvn -q -B package -DskipTests
fi
mkdir -p bench/out
unzip -o -q -j "$JAR" 'BOOT-INF/lib/postgresql-*.jar' -d bench/out
PG_JAR=$(ls bench/out/postgresql-*.jar | head -n 1)

java -cp "$PG_JAR" bench/select-load/SelectLoad.java \
  --jar "$JAR" \
  --pg-url "${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}" \
  --pg-user "${BENCH_PG_USER:-postgres}" \
  --pg-password "${BENCH_PG_PASSWORD:-}" \
  "$@" | tee "bench/out/select-load-$(date +%Y%m%dT%H%M%S).log"
