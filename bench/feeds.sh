#!/usr/bin/env bash
# Runs the pricing-feed benchmark (src/test/java/io/radiant/registry/bench/FeedSyncBenchmark.java): a 5,000-entry
# LiteLLM-shaped feed against a 100-entry baseline in the same run, sync time and SQL statements per sync.
# Figures are also written to target/bench/feed-results.md. Needs what the tests need. A few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "date: $(date -u)  nproc: $(nproc)  arch: $(uname -m)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
mvn -q -B test -Dtest=FeedSyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/feed-results.md
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
