#!/usr/bin/env bash
# Exactly once under kill -9 (docs/benchmarks.md; issue 13): the harness owns a MariaDB server
# process, seeds applications approved for issuance, runs the real console jar on it as a child
# process and kills it (and twice the database server) with SIGKILL while it issues, restarting
# everything each time; at the end it checks the database and the CA's issuance journal and
# exits non-zero on any violation. Not part of ./mvnw verify; .ci/run runs a short version.
# Usage: ui/src/bench/run-crash-harness.sh [-Dcertdesk.crash.applications=1000 -Dcertdesk.crash.kills=10
#        -Dcertdesk.crash.db-kills=2 -Dcertdesk.crash.seed=N]
# SKIP_PACKAGE=1 reuses an existing ui/target/certdesk-ui-*.jar; MAVEN_ONLINE=1 lets Maven download.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

offline=-o
[[ "${MAVEN_ONLINE:-}" == 1 ]] && offline=
echo "== $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${SKIP_PACKAGE:-}" != 1 ]]; then
  ./mvnw -B -q $offline package -DskipTests
fi
./mvnw -B $offline -pl ui -am test -Pcrash -Dtest=CrashHarnessTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
