#!/usr/bin/env bash
# The console under load (docs/benchmarks.md, "Load"): Gatling signs in 50 customers through the
# login form and has each buy a DV certificate, open its application and submit it, in a loop,
# against CertDesk started in-process on a random port and the embedded MariaDB. The use cases go
# through a thin HTTP path that exists only in this benchmark (src/bench/java, the load profile),
# not through Vaadin's UIDL protocol. Targets (issue 14): submit p99 under 150 ms, no errors.
# Usage: ui/src/bench/run-load-benchmark.sh [extra Maven options, e.g.
#        -Dcertdesk.bench.load.customers=20 -Dcertdesk.bench.load.seconds=30 -Dcertdesk.bench.load.think-ms=1000]
# Set MAVEN_ONLINE=1 when Gatling is not yet in the local Maven repository.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

offline=-o
[[ "${MAVEN_ONLINE:-}" == 1 ]] && offline=
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B $offline -pl ui -am verify -Pload -Dtest=ConsoleLoadBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo "== Gatling's report: $(ls -d ui/target/gatling/*/ | tail -1)index.html"
