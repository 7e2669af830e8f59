#!/usr/bin/env bash
# The benchmark of issue #8 in one command (see bench/README.md):
#   bench/run.sh                      100,000 nurseries, 3 runs (about 20-25 minutes on 2 cores)
#   bench/run.sh -Dbench.size=10000 -Dbench.runs=1 -Dbench.seconds=5    a quick look
# Writes bench/results/<date>.md (<date>-<size>.md for other sizes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -f bench/pom.xml test-compile          # Gatling and its dependencies, before the clock starts
exec ./mvnw -B package -Pbench "$@"
