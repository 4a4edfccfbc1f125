#!/usr/bin/env bash
# Bytes allocated per selection answer on the service's request threads, this checkout against a baseline commit,
# both measured in this run (figures: bench/RESULTS.md). Allocation is what drives the young collections whose
# pauses reach selection's tail; unlike a latency, it does not depend on how noisy the machine is.
#
#   bench/select-alloc.sh                 # baseline: the commit before the allocation work (6f9a5a0)
#   bench/select-alloc.sh <commit>        # any other baseline
#
# For each jar: a fresh database on the local PostgreSQL (BENCH_PG_URL as for select-load.sh), the service with JFR
# on and no priming, readiness, then 17,500 selections (hey -c 10 -q 50, 35 s); then
# jdk.ThreadAllocationStatistics of its http-nio-*-exec-* threads (bytes since each started) divided by those answers.
set -euo pipefail
cd "$(dirname "$0")/.."
BASELINE=${1:-6f9a5a0}
PG=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/}
PG_USER=${BENCH_PG_USER:-postgres}
HEY=${HEY:-hey}
OUT=bench/out/select-alloc
mkdir -p "$OUT"

mvn -q -B package -Dmaven.test.skip=true
cp target/model-registry-0.1.0-SNAPSHOT.jar "$OUT/current.jar"
rm -rf "$OUT/baseline-src"
git worktree add -q --detach "$OUT/baseline-src" "$BASELINE"
trap 'git worktree remove --force "$OUT/baseline-src" 2>/dev/null || true' EXIT
(cd "$OUT/baseline-src" && mvn -q -B package -Dmaven.test.skip=true)
cp "$OUT/baseline-src"/target/model-registry-0.1.0-SNAPSHOT.jar "$OUT/baseline.jar"

BODY="$OUT/body.json"
echo '{"task":"chat","inputModality":["text"],"outputModality":["text"],"tenantTier":3}' > "$BODY"
psql_admin() { PGOPTIONS='-c client_min_messages=warning' psql "postgresql://$PG_USER@${PG#jdbc:postgresql://}postgres" -qc "$1" > /dev/null; }

measure() { # label jar port
  local label=$1 jar=$2 port=$3 db="bench_alloc_$1"
  psql_admin "DROP DATABASE IF EXISTS $db"
  psql_admin "CREATE DATABASE $db"
  rm -f "$OUT/$label.jfr"
  DATABASE_URL="$PG$db" DATABASE_USER="$PG_USER" DATABASE_PASSWORD="${BENCH_PG_PASSWORD:-}" SERVER_PORT=$port \
    REGISTRY_ADMIN_TOKEN=bench LOGGING_LEVEL_ROOT=WARN REGISTRY_SELECTION_PRIMING_REQUESTS=0 \
    java -XX:StartFlightRecording=filename="$OUT/$label.jfr",settings=profile -jar "$jar" > "$OUT/$label.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 120); do
    curl -s "localhost:$port/actuator/health/readiness" | grep -q '^{"status":"UP"' && break
    sleep 1
  done
  local url="http://127.0.0.1:$port/api/v2/registry/select"
  "$HEY" -n 7500 -c 10 -q 50 -m POST -T application/json -D "$BODY" "$url" > /dev/null
  "$HEY" -n 10000 -c 10 -q 50 -m POST -T application/json -D "$BODY" "$url" > /dev/null
  jcmd "$pid" JFR.dump filename="$OUT/$label.jfr" > /dev/null
  kill "$pid"; wait "$pid" 2>/dev/null || true
  psql_admin "DROP DATABASE IF EXISTS $db"
  jfr print --json --events jdk.ThreadAllocationStatistics "$OUT/$label.jfr" > "$OUT/$label.json"
  python3 - "$OUT/$label.json" "$label" 17500 <<'PY'
import json, sys
events = json.load(open(sys.argv[1]))["recording"]["events"]
allocated = {}
for e in events:
    v = e["values"]
    name = (v.get("thread") or {}).get("javaName") or ""
    if "-exec-" in name and name.startswith("http-nio"):
        allocated[name] = max(allocated.get(name, 0), v["allocated"])
answers = int(sys.argv[3])
per_answer = sum(allocated.values()) / answers / 1024
print(f"{sys.argv[2]}: {len(allocated)} request threads, {sum(allocated.values()) / 1e6:.1f} MB for {answers:,} answers"
      f" (and a few readiness probes): {per_answer:.1f} KB per answer")
open(sys.argv[1] + ".kb", "w").write(f"{per_answer:.3f}")
PY
}

echo "select-alloc $(date -u +%FT%TZ) on $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "current: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with uncommitted changes)'); baseline: $BASELINE"
measure baseline "$OUT/baseline.jar" 18110
measure current "$OUT/current.jar" 18111
python3 -c "b=float(open('$OUT/baseline.json.kb').read()); c=float(open('$OUT/current.json.kb').read()); print(f'current / baseline: {c/b:.2f} ({b:.1f} -> {c:.1f} KB per answer)')"
