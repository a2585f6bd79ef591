#!/usr/bin/env bash
# Issuance beside CFSSL, in one run on one machine (docs/benchmarks.md, "Issuance beside CFSSL"):
#  1. openssl speed ecdsap256 rsa2048, the physical reference;
#  2. CFSSL's sign API (Debian's golang-cfssl, `cfssl serve`, which persists nothing), driven by
#     hey at 1, 2, 8 and 32 concurrent clients, with a P-256 and an RSA-2048 CA;
#  3. CertDesk's issuance (IssuanceLoad: CSR checks, policy, lint, sign, durable INSERT and audit
#     line in one committed transaction) at 1, 2, 8 and 32 callers, with the raw JCA signing loop and
#     the machine's fsync floor measured in the same JVM;
# then writes the table into docs/benchmarks.md and the figures into docs/benchmarks/issuance.csv.
# Usage: adapters/src/bench/run-issuance-comparison.sh
#   BENCH_SECONDS (default 10) per measurement, BENCH_WARMUP (default 5) before each;
#   JFR=1 records CertDesk's JVM with Flight Recorder into the results folder;
#   MAVEN_ONLINE=1 when the bench profile's plugins are not yet in ~/.m2.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
results=$repo/adapters/target/benchmarks/issuance-comparison
seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-5}
for tool in openssl cfssl hey python3; do
    command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install -y golang-cfssl hey openssl python3)" >&2; exit 1; }
done
rm -rf "$results"
mkdir -p "$results"

echo "== openssl speed -seconds 3 ecdsap256 rsa2048"
openssl speed -seconds 3 ecdsap256 rsa2048 2>/dev/null | tee "$results/openssl-speed.txt" | tail -4

# CPU milliseconds (user + system) a process has used so far, from /proc.
cpu_ms() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"
}

cfssl_pid=
trap '[[ -n "$cfssl_pid" ]] && kill "$cfssl_pid" 2>/dev/null || true' EXIT
port=18888
for key in EC_P256 RSA_2048; do
    dir=$results/cfssl-$key
    mkdir -p "$dir"
    if [[ $key == EC_P256 ]]; then keyopts=(-newkey ec -pkeyopt ec_paramgen_curve:P-256); else keyopts=(-newkey rsa:2048); fi
    # The CA and the subscriber's CSR of the same key family, as in CertDesk's run.
    openssl req -x509 "${keyopts[@]}" -nodes -days 30 -subj "/C=DE/O=CFSSL bench/CN=CFSSL bench $key CA" \
        -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
        -keyout "$dir/ca-key.pem" -out "$dir/ca.pem" 2>/dev/null
    openssl req -new "${keyopts[@]}" -nodes -subj "/CN=bench.example.com" -addext subjectAltName=DNS:bench.example.com \
        -keyout "$dir/leaf-key.pem" -out "$dir/leaf.csr" 2>/dev/null
    python3 -c 'import json,sys; print(json.dumps({"certificate_request": open(sys.argv[1]).read(), "hosts": ["bench.example.com"]}))' \
        "$dir/leaf.csr" > "$dir/request.json"
    cfssl serve -address 127.0.0.1 -port "$port" -ca "$dir/ca.pem" -ca-key "$dir/ca-key.pem" > "$dir/cfssl.log" 2>&1 &
    cfssl_pid=$!
    url=http://127.0.0.1:$port/api/v1/cfssl/sign
    for _ in $(seq 50); do curl -s -o /dev/null -d @"$dir/request.json" "$url" && break; sleep 0.2; done
    curl -sf -d @"$dir/request.json" "$url" | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["success"], r' \
        || { echo "cfssl does not sign the CSR; see $dir/cfssl.log" >&2; exit 1; }
    for callers in 1 2 8 32; do
        echo "== CFSSL $key, $callers clients"
        hey -z "${warmup}s" -c "$callers" -m POST -T application/json -D "$dir/request.json" "$url" > /dev/null
        cpu_before=$(cpu_ms "$cfssl_pid")
        hey -z "${seconds}s" -c "$callers" -m POST -T application/json -D "$dir/request.json" "$url" \
            | tee "$results/hey-$key-$callers.txt" | grep -E 'Requests/sec|99% in|responses'
        # CFSSL's own CPU time while hey drove it, to set beside CertDesk's per certificate.
        echo $(( $(cpu_ms "$cfssl_pid") - cpu_before )) > "$results/cfssl-cpu-ms-$key-$callers.txt"
    done
    kill "$cfssl_pid"; wait "$cfssl_pid" 2>/dev/null || true; cfssl_pid=
done

echo "== CertDesk (adapters, -Pbench, IssuanceLoad)"
offline=-o
[[ "${MAVEN_ONLINE:-}" == 1 ]] && offline=
jvm="-Xmx2g -Dbench.seconds=$seconds -Dbench.warmup=$warmup"
[[ "${JFR:-}" == 1 ]] && jvm="$jvm -XX:StartFlightRecording=filename=$results/certdesk.jfr,settings=profile"
# The reactor builds domain and application from this tree, never from ~/.m2 snapshots.
./mvnw -B $offline -pl adapters -am verify -Pbench -DskipTests \
    -Dbench.main=org.certdesk.adapters.ca.issuance.IssuanceLoad -Dbench.jvm="$jvm" -Djmh.args="$results/certdesk.csv"

python3 adapters/src/bench/issuance_table.py "$results" docs/benchmarks/issuance.csv docs/benchmarks.md \
    "BENCH_SECONDS=$seconds BENCH_WARMUP=$warmup${JFR:+ JFR=$JFR} adapters/src/bench/run-issuance-comparison.sh"
