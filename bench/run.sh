#!/usr/bin/env bash
# StanceGraph benchmark: startup, ingestion, throughput and latency, SQL statements per query,
# for N = 5 (the seeds), 1,000 and 10,000 generated articles, in JVM mode. Writes bench/RESULTS.md.
# Usage: bench/run.sh [SIZES] [SECONDS]   e.g. bench/run.sh 5,1000,10000 15
# Needs wrk (installed from Debian's packages when missing) and about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk > /dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk > /dev/null
fi
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
./mvnw -B -q -f bench/empty-app/pom.xml package -DskipTests
python3 bench/bench.py "${1:-5,1000,10000}" "${2:-15}"
