#!/usr/bin/env bash
# Selection's HTTP path vs Spring's /actuator/info vs a bare JDK server, interleaved in one run, for one or more
# builds of the service (figures: bench/RESULTS.md, "REST contract").
#
#   bench/select-path.sh                                            # this tree's jar
#   bench/select-path.sh --jars /tmp/before.jar,target/model-registry-0.1.0-SNAPSHOT.jar --labels before,after
#
# Needs a PostgreSQL server where it may create and drop databases (BENCH_PG_URL, default the local server).
# It builds this tree's jar unless BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/model-registry-0.1.0-SNAPSHOT.jar
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$JAR" ]; then
  mvn -q -B package -DskipTests
fi
mkdir -p bench/out
unzip -o -q -j "$JAR" 'BOOT-INF/lib/postgresql-*.jar' -d bench/out
PG_JAR=$(ls bench/out/postgresql-*.jar | head -n 1)

java -cp "$PG_JAR" bench/select-path/SelectPath.java \
  --pg-url "${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}" \
  --pg-user "${BENCH_PG_USER:-postgres}" \
  --pg-password "${BENCH_PG_PASSWORD:-}" \
  "$@" | tee "bench/out/select-path-$(date +%Y%m%dT%H%M%S).log"
