#!/usr/bin/env bash
# Funds benchmark (issue 4): generates 1,000,000 statement lines from the shapes of the real
# Agribank/VietinBank rows, imports them, waits for the in-memory search index to catch up (prints its
# size), then measures balance-on-date, reconciliation, and public
# search over HTTP on loopback with 32 concurrent clients twice: without the result cache over 20,000
# distinct queries, and with it over a pool of 500 hot ones. Prints one BENCH line per figure.
# Usage (from the repository root): bench/funds.sh   [BENCH_LINES=1000000] [BENCH_SECONDS=20]
#   BENCH_WARMUP=10 seconds of unrecorded uncached load before the passes that count (0: none)
#   BENCH_JVM_ARGS adds options to the benchmark's JVM, e.g. a profiler:
#   BENCH_JVM_ARGS="-agentpath:/path/libasyncProfiler.so=start,event=cpu,interval=1ms,threads,file=/tmp/x.collapsed,collapsed"
set -euo pipefail
cd "$(dirname "$0")/.."
LINES="${BENCH_LINES:-1000000}"
SECONDS_LOAD="${BENCH_SECONDS:-20}"
LOG="target/bench-funds.log"
mkdir -p target
./mvnw -B -q test -Dtest=FundsBenchmark -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dbench.lines="$LINES" -Dbench.seconds="$SECONDS_LOAD" -Dbench.warmup="${BENCH_WARMUP:-10}" -DargLine="-Xmx6g ${BENCH_JVM_ARGS:-}" >"$LOG" 2>&1 || {
  echo "benchmark failed; see $LOG" >&2
  tail -40 "$LOG" >&2
  exit 1
}
grep -h "^BENCH" "$LOG" target/surefire-reports/*FundsBenchmark*-output.txt 2>/dev/null | sort -u
