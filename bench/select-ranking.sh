#!/usr/bin/env bash
# CPU cost of the in-memory selection ranking itself, without HTTP (source:
# src/test/java/io/radiant/registry/bench/SelectionRankingBenchmark.java; figures: bench/RESULTS.md).
# Needs what the tests need (Java 17, Maven, PostgreSQL on 127.0.0.1:5432 or the embedded fallback).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test -Dtest=SelectionRankingBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/selection-ranking.md
