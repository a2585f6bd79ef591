"""Turns a JMH JSON result and `openssl speed` output into the issuance table with its ratios."""
import json
import re
import sys

ISSUERS = {"EC_P256": "ECDSA P-256", "RSA_2048": "RSA-2048"}


def openssl_sign_rates(path):
    """sign/s per issuer: the first rate after the timing columns (those end in 's')."""
    rates = {}
    for line in open(path):
        if line.startswith("rsa 2048 bits"):
            key = "RSA_2048"
        elif "ecdsa (nistp256)" in line:
            key = "EC_P256"
        else:
            continue
        tail = re.split(r"bits|\)", line, maxsplit=1)[-1].split() if key == "RSA_2048" else line.split(")", 1)[1].split()
        rates[key] = float(next(t for t in tail if not t.endswith("s")))
    return rates


def jmh_scores(path):
    scores = {}
    for run in json.load(open(path)):
        name = run["benchmark"].rsplit(".", 2)
        scores[(name[-2], name[-1], run["params"]["issuer"])] = run["primaryMetric"]
    return scores


def main(jmh_path, openssl_path):
    scores = jmh_scores(jmh_path)
    openssl = openssl_sign_rates(openssl_path)
    fmt = lambda m: f"{m['score']:,.0f}" + ("" if m["scoreError"] == "NaN" else f" ± {m['scoreError']:,.0f}")
    print("| issuer | openssl sign/s | JCA raw 1 thread | JCA raw 2 threads | end-to-end 1 thread | end-to-end 2 threads"
          " | end-to-end / raw (>= 70%) | 2 threads / 1 thread (>= 1.7x) | raw 2 / 1 thread | JVM raw / openssl |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for issuer, label in ISSUERS.items():
        raw1 = scores[("RawSigningBenchmark", "oneThread", issuer)]
        raw2 = scores[("RawSigningBenchmark", "twoThreads", issuer)]
        e2e1 = scores[("IssuanceBenchmark", "oneThread", issuer)]
        e2e2 = scores[("IssuanceBenchmark", "twoThreads", issuer)]
        share = e2e1["score"] / raw1["score"]
        scaling = e2e2["score"] / e2e1["score"]
        print(f"| {label} | {openssl[issuer]:,.0f} | {fmt(raw1)} | {fmt(raw2)} | {fmt(e2e1)} | {fmt(e2e2)}"
              f" | {share:.0%} {'met' if share >= 0.70 else 'MISSED'}"
              f" | {scaling:.2f}x {'met' if scaling >= 1.7 else 'MISSED'}"
              f" | {raw2['score'] / raw1['score']:.2f}x | {raw1['score'] / openssl[issuer]:.0%} |")
    print("\nScores are operations (signatures or issued certificates) per second, ± the JMH 99.9% error.")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
