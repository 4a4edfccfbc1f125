#!/usr/bin/env bash
# The test suite's own speed: `mvn -o -B test` of a baseline commit and of this tree, back to back on the same
# machine, ROUNDS times interleaved (baseline, this tree, baseline, ...), printing for each run its wall time,
# the CPU time of Maven and its test JVMs, the tests run and failures, and at the end the ratio of the medians
# (figures: bench/RESULTS.md, "Test suite").
#
#   bench/test-suite.sh                  # baseline 9fea064 (before the suite ran in two JVMs), 1 round
#   bench/test-suite.sh <rev> 2          # another baseline, 2 rounds
#
# The baseline is checked out into a temporary git worktree and run as it is (its own pom, its own fork count).
# Needs what `mvn test` needs (PostgreSQL on 127.0.0.1:5432 or TEST_DATABASE_URL, Chromium for the console
# tests) and the Maven repository already filled (-o). Run it on a quiet machine: nothing else may use the CPUs.
set -euo pipefail
cd "$(dirname "$0")/.."

BASELINE="${1:-9fea064}"
ROUNDS="${2:-1}"
OUT=bench/out/test-suite-$(date +%Y%m%dT%H%M%S)
mkdir -p "$OUT"
BASE_TREE=$(mktemp -d /tmp/suite-baseline.XXXXXX)
git worktree add --detach "$BASE_TREE" "$BASELINE" >/dev/null
trap 'git worktree remove --force "$BASE_TREE" >/dev/null 2>&1 || true' EXIT

run() { # label dir round
  local label=$1 dir=$2 round=$3 log="$OUT/$1-$3.log"
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$OUT/$label-$round.cpu" bash -c "cd '$dir' && mvn -o -B test" >"$log" 2>&1 || true
  end=$(date +%s.%N)
  local wall cpu tests
  wall=$(echo "$end - $start" | bc)
  cpu=$(tail -n 1 "$OUT/$label-$round.cpu" | awk '{print $1 + $2}')
  tests=$(grep -E "^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures" "$log" | tail -n 1 | sed 's/^\[[A-Z]*\] //')
  printf '%-9s round %s  wall %7.1f s  cpu %7.1f s  %s\n' "$label" "$round" "$wall" "$cpu" "$tests" | tee -a "$OUT/summary"
  echo "$wall" >>"$OUT/$label.walls"
}

echo "machine: $(nproc) CPU $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -n 1)" | tee "$OUT/summary"
echo "baseline: $(git -C "$BASE_TREE" log -1 --format='%h %s' | cut -c1-80)" | tee -a "$OUT/summary"
echo "this tree: $(git log -1 --format='%h %s' | cut -c1-80)$(git diff --quiet || echo ' (+ uncommitted changes)')" | tee -a "$OUT/summary"
for round in $(seq 1 "$ROUNDS"); do
  run baseline "$BASE_TREE" "$round"
  run current "$PWD" "$round"
done

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
b=$(median "$OUT/baseline.walls")
c=$(median "$OUT/current.walls")
printf 'median wall: baseline %.1f s, this tree %.1f s: %.2fx faster\n' "$b" "$c" "$(echo "$b / $c" | bc -l)" | tee -a "$OUT/summary"
