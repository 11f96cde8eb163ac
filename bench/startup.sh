#!/usr/bin/env bash
# Start-up figures of the demo: time from launch to "ready" on a first start (which loads the
# national tree and seeds the demo) and on a second start (nothing to load), the national tree's
# import time, and the heap in use after start (after a full GC).
# Usage: bench/startup.sh   (from the repository root; builds the jar if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/doanket-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -ntp package -DskipTests
  jar=$(ls target/doanket-*.jar | grep -v original | head -n 1)
fi
data=$(mktemp -d /tmp/doanket-bench-startup.XXXXXX)
port=${PORT:-18080}
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

run() {
  local label=$1 log="$data/$1.log"
  local t0; t0=$(date +%s%N)
  DOANKET_DEMO=true DOANKET_DATA_DIR="$data" SERVER_PORT=$port java -XX:MaxGCPauseMillis=10 -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 $pid 2>/dev/null; then echo "app died, see $log"; tail -20 "$log"; exit 1; fi
    sleep 0.2
  done
  local t1; t1=$(date +%s%N)
  echo "$label start to ready: $(( (t1 - t0) / 1000000 )) ms"
  grep -Eo 'Started DoanKetApplication in [0-9.]+ seconds|Demo data "[a-z-]+" ready in [0-9]+ ms|Demo mode: .*|Embedded PostgreSQL started.*\([0-9]+ ms\)' "$log" | sed "s/^/  $label: /" || true
  if [ "$label" = second ]; then
    jcmd $pid GC.run >/dev/null 2>&1 || true
    heap=$(jcmd $pid GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -n 1 | grep -Eo '[0-9]+')
    [ -n "${heap:-}" ] && echo "heap used after start (after full GC): $(( heap / 1024 )) MiB"
  else
    grep -Eo 'Loaded the national hierarchy: .*' "$log" || true
    grep -Eo 'Generated .*|Created [0-9]+ demo accounts.*' "$log" || true
  fi
  kill $pid; wait $pid 2>/dev/null || true
}

run first
run second
