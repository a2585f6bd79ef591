#!/usr/bin/env bash
# ACME speed beside the reference server, in one run (docs/benchmarks.md, "ACME: CertDesk beside
# Pebble"): lego from Debian obtains 30 certificates in a row per client against CertDesk (real
# dns-01 through the demo zone's DNS server) and against Pebble from Debian (validation off), with
# one client and two in parallel; then 200 concurrent acme4j orders against CertDesk.
# Both halves are AcmeBesidePebbleBenchmarkTest (tag bench), run in the ui module's test JVM:
# CertDesk starts in-process on a random port and the embedded MariaDB, Pebble as a subprocess.
# Usage: ui/src/bench/run-acme-benchmark.sh [extra Maven options, e.g.
#        -Dcertdesk.bench.acme.certificates=10 -Dcertdesk.bench.acme.orders=50]
# Set MAVEN_ONLINE=1 when the build's plugins are not yet in the local Maven repository.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

# Debian packages: pebble (the reference ACME server), lego (the client), openssl (Pebble's TLS certificate).
missing=()
command -v pebble >/dev/null || missing+=(pebble)
command -v lego >/dev/null || missing+=(lego)
command -v openssl >/dev/null || missing+=(openssl)
if ((${#missing[@]})); then
    if [[ $(id -u) == 0 ]]; then
        echo "== apt-get install ${missing[*]}"
        apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    else
        echo "Missing Debian packages: ${missing[*]}. Install them (sudo apt-get install ${missing[*]}) and run again." >&2
        exit 1
    fi
fi

offline=-o
[[ "${MAVEN_ONLINE:-}" == 1 ]] && offline=
results=ui/target/benchmarks
rm -f "$results/acme-lego.md" "$results/acme-acme4j.md"
echo "== lego $(lego --version 2>&1 | head -1), pebble $(dpkg-query -W -f='${Version}' pebble 2>/dev/null), $(nproc) cores"
./mvnw -B $offline -pl ui -am verify -Dcertdesk.test-groups=bench -Dcertdesk.excluded-test-groups= \
    -Dtest=AcmeBesidePebbleBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false "$@"

echo
echo "== lego, CertDesk beside Pebble ($results/acme-lego.md)"
cat "$results/acme-lego.md"
echo
echo "== acme4j, concurrent orders against CertDesk ($results/acme-acme4j.md)"
cat "$results/acme-acme4j.md"
