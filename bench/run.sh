#!/usr/bin/env bash
# Runs the sync benchmark (src/test/java/io/radiant/registry/bench/SyncBenchmark.java) and prints its
# figures; they are also written to target/bench/sync-results.md. Needs what the tests need (Java 17,
# Maven, PostgreSQL on 127.0.0.1:5432 or the embedded fallback). Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=SyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/sync-results.md
