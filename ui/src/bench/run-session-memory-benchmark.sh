#!/usr/bin/env bash
# Heap per signed-in console session with the Manage Certificates grid open (docs/benchmarks.md,
# "Session memory"): SessionMemoryBenchmarkTest (tag bench) starts the console in a child JVM,
# signs in N customers in Debian's headless Chromium from the test's JVM, keeps every tab on the
# grid and reads the console's live heap with jcmd after full GCs at N/2 and N sessions (the slope).
# Usage: ui/src/bench/run-session-memory-benchmark.sh [-Dcertdesk.bench.sessions=30] [-Dcertdesk.bench.heap-dumps=DIR]
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -o -pl ui -am verify -Dcertdesk.test-groups=bench -Dcertdesk.excluded-test-groups= \
    -Dtest=SessionMemoryBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
echo
cat ui/target/benchmarks/session-memory.txt
