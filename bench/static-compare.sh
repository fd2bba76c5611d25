#!/usr/bin/env bash
# Issue 12: public pages against the same HTML served as static files by the same Payara Micro.
#
#   bench/static-compare.sh [SMALL|LARGE|BENCHMARK] [seconds per run] [connections]
#
# Builds Cocrea, starts the suite's Payara Micro and MariaDB (Arquillian, profile -Pbench) with its root
# directory in target/bench-root, seeds the volume with the repository's VolumeSeeder, saves the home,
# plan and richest commitment pages as Cocrea renders them into that Payara's docroot (served at /,
# Cocrea being at /cocrea), and loads each pair with wrk (Debian's package, installed here if missing):
# same pages, same server, same JVM. The static files pass through none of Cocrea's filters.
# Prints the table and writes it to target/benchmarks/static-comparison.md. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
VOLUME="${1:-SMALL}"
SECONDS_PER_RUN="${2:-15}"
CONNECTIONS="${3:-32}"
. bench/wrk-installed.sh
mvn -B -Pbench verify -Dit.test=StaticComparisonIT -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.microOptions="--rootDir $PWD/target/bench-root" -Dbench.volume="$VOLUME" -Dbench.seconds="$SECONDS_PER_RUN" -Dbench.connections="$CONNECTIONS" \
    | grep -E "Tests run:|BUILD|ERROR" || true
cat target/benchmarks/static-comparison.md
