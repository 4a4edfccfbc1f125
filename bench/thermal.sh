#!/usr/bin/env bash
# Thermal sync benchmark: 56 SageMaker stand-in endpoints answering after 100 ms; the configured
# concurrency and concurrency 1 (the spec's loop) in the same run. Prints both and their ratio.
#
#   bench/thermal.sh [delayMs=100] [measuredRuns=5] [warmupRuns=5] [concurrency=configured]
#
# Needs the project's PostgreSQL for tests (TEST_DATABASE_URL, else 127.0.0.1:5432, else embedded) —
# the same database rules as the test suite. Compiles main + test classes with Maven (offline), then runs
# bench/thermal/ThermalSyncBenchmark.java on the test classpath.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -o test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" bench/thermal/ThermalSyncBenchmark.java
exec java -Xms256m -Xmx1g -cp "target/bench-classes:$CP" bench.thermal.ThermalSyncBenchmark "$@"
