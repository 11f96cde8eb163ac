#!/usr/bin/env bash
# The reporting benchmark of issue 3. Generates the national dataset on its own embedded PostgreSQL
# (target/bench-data, rebuilt each run) and prints one BENCH line per figure.
# Usage, from the repository root: bench/reporting.sh
#   bench/reporting.sh -Dbench.savesOnly=true   only the 50-value form saves over HTTP and freshness (a few
#                                               minutes; no 10M-value dataset), for work on the save path
#   -Ddoanket.db.stat-statements=true           also print the statements that took the database's time per save
#   -Dbench.jfr=DIR                             also record a CPU and allocation profile and the collections (JFR)
#                                               of each measured save round into DIR
#   -Dbench.perf=DIR                            also record a machine-wide CPU profile (Linux perf: PostgreSQL, the JVM,
#                                               wrk and the kernel) of each measured wrk round into DIR
#   -Dbench.savesSeconds=N (default 15) and -Dbench.warmupSeconds=N (default 60) set the save rounds' length;
#   -Dbench.wrkWarmupSeconds=N (default 30) the unreported wrk round before the measured wrk rounds.
set -euo pipefail
cd "$(dirname "$0")/.."
log=target/bench-reporting.log
mkdir -p target
# a run cut short (or a JVM that exited before its embedded server had removed its files) leaves the last
# dataset behind, and initdb refuses a directory that is not empty
rm -rf target/bench-data
# wrk drives the form saves from outside the JVM (loopback only, bounded in time); install it if we can
if ! command -v wrk >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null 2>&1 || echo "wrk could not be installed; its rounds are skipped"
fi
echo "Running the reporting benchmark (about 10 minutes); full log in $log"
./mvnw -B test -Dtest=ReportingBench -Dsurefire.excludedGroups=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true "$@" >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
grep '^BENCH ' "$log" | awk '!seen[$0]++'
