#!/usr/bin/env bash
# Measures issuance in one run (docs/benchmarks.md): openssl's signing speed, then the JMH
# benchmarks in adapters/src/bench/java (raw JCA signing loop; end-to-end issuance into the
# embedded MariaDB on one and two threads), and prints the ratios against the targets.
# Usage: adapters/src/bench/run-benchmarks.sh [extra JMH options, e.g. -prof jfr]
# The step breakdown (IssuanceStepsBenchmark) runs apart: see docs/benchmarks.md.
# Set MAVEN_ONLINE=1 when JMH is not yet in the local Maven repository.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
results=adapters/target/benchmarks
mkdir -p "$results"

# openssl first and alone, so the two measurements do not share the CPU.
echo "== openssl speed -seconds 3 ecdsap256 rsa2048"
openssl speed -seconds 3 ecdsap256 rsa2048 2>/dev/null | tee "$results/openssl-speed.txt" | tail -4

echo "== JMH (adapters, -Pbench)"
offline=-o
[[ "${MAVEN_ONLINE:-}" == 1 ]] && offline=
# The reactor builds domain and application from this tree, never from ~/.m2 snapshots.
./mvnw -B $offline -pl adapters -am verify -Pbench -DskipTests \
    -Djmh.args="-rf json -rff target/benchmarks/jmh-result.json $* \.(RawSigning|Issuance)Benchmark\."

python3 adapters/src/bench/benchmark_table.py "$results/jmh-result.json" "$results/openssl-speed.txt" | tee "$results/table.md"
