#!/usr/bin/env bash
# Issue 12's load test and issue 16's bench, one command (docs/performance.md, "The mixed load"):
#
#   bench/load.sh [seconds per run] [users per step, comma-separated] [reporting users for issue 16] [SMALL|LARGE|BENCHMARK]
#   bench/load.sh 60 8,16,32 8 BENCHMARK      # the defaults
#
# Builds Cocrea and runs LoadTestIT alone (profile -Pload: Gatling and src/load/java exist only there): the
# suite's Payara Micro and MariaDB start with the JVM settings of the profile (load.jvm in pom.xml), the
# volume is seeded with the repository's VolumeSeeder, Gatling (Java DSL, org.cocrea.bench.MixedLoad) runs
# the mixed load at each number of users, then issue 16's comparison (reports with and without appending
# to the transparency log), then the public pages beside their static copy (wrk, as bench/static-compare.sh);
# the Payara JVM's resident memory is read every second throughout. Prints the tables and writes them to
# target/benchmarks/load.md; Gatling's HTML reports are in target/gatling/. Not part of `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN="${1:-60}"
USERS="${2:-8,16,32}"
REPORT_USERS="${3:-8}"
VOLUME="${4:-BENCHMARK}"
. bench/wrk-installed.sh
mkdir -p target
mvn -B -Pload verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
    -Dload.seconds="$SECONDS_PER_RUN" -Dload.users="$USERS" -Dload.reportUsers="$REPORT_USERS" -Dload.volume="$VOLUME" \
    > target/load.log 2>&1 || { grep -E "Tests run:|FAIL|ERROR" target/load.log | head -40; echo "see target/load.log and target/failsafe-reports/"; exit 1; }
grep -E "Tests run:|BUILD" target/load.log | tail -3
cat target/benchmarks/load.md
