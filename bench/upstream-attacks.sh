#!/usr/bin/env bash
# Runs the hostile-upstream benchmark (src/test/java/io/radiant/registry/bench/UpstreamAttackBenchmark.java): the
# service with its production read limits (registry.upstream.read.*) against a loopback upstream serving a gzip
# bomb, an endless chunked list, a slow drip and a huge body, beside an ordinary full and pricing sync of the same
# run: time until each sync ends, peak heap, peak resident memory. Figures also in target/bench/upstream-attacks.md.
# CALL_DEADLINE shortens registry.upstream.read.call-deadline (default 30s) for a quicker run. A few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "date: $(date -u)  nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java: $(java -version 2>&1 | head -1)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -B test -Dtest=UpstreamAttackBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx512m -Dbench.call-deadline=${CALL_DEADLINE:-30s}"
cat target/bench/upstream-attacks.md
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
