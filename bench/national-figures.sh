#!/usr/bin/env bash
# Fills the whole country with plausible figures and then serves it: the demo (national hierarchy,
# ~100,000 generated residential areas, accounts) plus, for every commune and residential area in
# force and every pre-reform commune, the numeric and yes/no indicators of their forms over eight
# quarters and two years, written to the raw values (ind_data_value, COPY) and the roll-up at once.
# The log line "National figures: …" gives the count and the load rate; then the app is ready at
# http://localhost:8080 (demo logins as in README.md). A second start adds nothing.
# Usage, from the repository root: bench/national-figures.sh [data-dir]   (default ./data-national)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/doanket-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -B -q -ntp package -DskipTests
  jar=$(ls target/doanket-*.jar | grep -v original | head -n 1)
fi
DOANKET_DEMO=true DOANKET_DEMO_NATIONAL_FIGURES=true DOANKET_DATA_DIR="${1:-./data-national}" exec java -jar "$jar"
