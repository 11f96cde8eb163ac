#!/usr/bin/env bash
# The reporting benchmark of issue 3. Generates the national dataset on its own embedded PostgreSQL
# (target/bench-data, rebuilt each run) and prints one BENCH line per figure.
# Usage, from the repository root: bench/reporting.sh
#   bench/reporting.sh -Dbench.savesOnly=true   only the 50-value form saves over HTTP and freshness (a few
#                                               minutes; no 10M-value dataset), for work on the save path
#   -Dbench.savesSeconds=N (default 15) and -Dbench.warmupSeconds=N (default 10) set the save rounds' length.
set -euo pipefail
cd "$(dirname "$0")/.."
log=target/bench-reporting.log
mkdir -p target
echo "Running the reporting benchmark (about 10 minutes); full log in $log"
./mvnw -B test -Dtest=ReportingBench -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true "$@" >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep '^BENCH ' "$log" | awk '!seen[$0]++' | tail -n 14
