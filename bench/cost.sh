#!/usr/bin/env bash
# CPU per answer of POST /api/v2/registry/cost next to selection's, and selection with expected tokens next to
# without, in one run, without HTTP (source: src/test/java/io/radiant/registry/bench/CostBenchmark.java;
# figures: bench/RESULTS.md). Needs what the tests need (Java 17, Maven, PostgreSQL on 127.0.0.1:5432 or the
# embedded fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=CostBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/cost.md
