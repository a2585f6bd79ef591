#!/usr/bin/env bash
# More than one machine, on loopback (issue 17; docs/deployment.md, docs/benchmarks.md): a three-node
# Galera cluster (or one MariaDB server), two console nodes and HAProxy; a DV journey in Chromium
# through the balancer, a burst of issuances on both nodes during which one console node and one
# database node are killed with SIGKILL, the killed nodes brought back; then exactly-once and
# once-per-interval checks from the database. Not part of ./mvnw verify; .ci/run runs a short version.
# Needs (Debian): mariadb-server galera-4 rsync haproxy chromium.
# Usage: ui/src/bench/run-cluster-harness.sh [-Dcertdesk.cluster.database=galera|single -Dcertdesk.cluster.applications=300]
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
./mvnw -B $offline -pl ui -am test -Pcrash -Dtest=ClusterHarnessTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
