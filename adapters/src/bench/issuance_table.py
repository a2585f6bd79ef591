"""Joins one run of run-issuance-comparison.sh (CertDesk's CSV, hey's reports, openssl speed) into
docs/benchmarks/issuance.csv and the table between the issuance-comparison markers of docs/benchmarks.md."""
import csv
import datetime
import os
import re
import sys

LABELS = {"EC_P256": "ECDSA P-256", "RSA_2048": "RSA-2048"}
START, END = "<!-- issuance-comparison:start -->", "<!-- issuance-comparison:end -->"


def hey_report(path):
    """Requests/sec, the 99th percentile in ms, the count of non-200 answers and of 200 answers from one hey report."""
    text = open(path).read()
    per_s = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = float(re.search(r"99% in ([\d.]+) secs", text).group(1)) * 1000
    statuses = {int(code): int(n) for code, n in re.findall(r"\[(\d+)\]\s+(\d+) responses", text)}
    failed = sum(n for code, n in statuses.items() if code != 200) + len(re.findall(r"^Error distribution", text, re.M))
    return per_s, p99, failed, statuses.get(200, 0)


def openssl_sign_rates(path):
    rates = {}
    for line in open(path):
        if line.startswith("rsa 2048 bits"):
            rates["RSA_2048"] = float(line.split()[5])
        elif "ecdsa (nistp256)" in line:
            rates["EC_P256"] = float(line.split(")", 1)[1].split()[2])
    return rates


def verdicts(row, raw_one_caller, one_caller_per_s):
    """The issue's targets, as they apply to this row."""
    out = []
    if row["callers"] in (8, 32):
        out.append(f"CFSSL ratio >= 1.0 {'met' if row['ratio'] >= 1.0 else 'MISSED'}")
    if row["callers"] == 2:
        out.append(f"{row['certdesk_per_s'] / one_caller_per_s:.2f} x one caller")
    if row["callers"] == 8:
        share = row["certdesk_per_s"] / row["raw_jca_per_s"]
        out.append(f"raw share >= 50% {'met' if share >= 0.5 else 'MISSED'}")
    if row["callers"] == 1:
        mean_ms = 1000 / row["certdesk_per_s"]
        bound = 1.5 * (row["fsync_floor_ms"] + 1000 / raw_one_caller)
        out.append(f"{mean_ms:.2f} ms <= 1.5 x (fsync + sign) = {bound:.2f} ms {'met' if mean_ms <= bound else 'MISSED'}")
    return "; ".join(out)


def ceiling(row):
    """Certificates per second the machine's cores could issue at this row's CPU cost per certificate."""
    return os.cpu_count() * 1000 / (row["jvm_cpu_ms"] + row["database_cpu_ms"])


def main(results, csv_out, markdown, command):
    certdesk = list(csv.DictReader(open(os.path.join(results, "certdesk.csv"))))
    openssl = openssl_sign_rates(os.path.join(results, "openssl-speed.txt"))
    rows = []
    for line in certdesk:
        key, callers = line["key"], int(line["callers"])
        cfssl_per_s, cfssl_p99, cfssl_failed, cfssl_answered = hey_report(os.path.join(results, f"hey-{key}-{callers}.txt"))
        cfssl_cpu_ms = float(open(os.path.join(results, f"cfssl-cpu-ms-{key}-{callers}.txt")).read()) / cfssl_answered
        if cfssl_failed:
            sys.exit(f"CFSSL answered {cfssl_failed} requests with an error ({key}, {callers} clients): not a fair figure")
        rows.append({"key": key, "callers": callers, "certdesk_per_s": float(line["certdesk_per_s"]), "cfssl_per_s": cfssl_per_s,
                     "ratio": float(line["certdesk_per_s"]) / cfssl_per_s, "certdesk_p99_ms": float(line["certdesk_p99_ms"]),
                     "cfssl_p99_ms": cfssl_p99, "raw_jca_per_s": float(line["raw_jca_per_s"]),
                     "fsync_floor_ms": float(line["fsync_floor_ms"]),
                     "cfssl_cpu_ms": cfssl_cpu_ms, "jvm_cpu_ms": float(line["jvm_cpu_ms_per_cert"]), "database_cpu_ms": float(line["database_cpu_ms_per_cert"])})

    os.makedirs(os.path.dirname(csv_out), exist_ok=True)
    columns = ["key", "callers", "certdesk_per_s", "cfssl_per_s", "ratio", "certdesk_p99_ms", "raw_jca_per_s", "fsync_floor_ms"]
    with open(csv_out, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(columns)
        for r in rows:
            writer.writerow([r["key"], r["callers"], f"{r['certdesk_per_s']:.1f}", f"{r['cfssl_per_s']:.1f}", f"{r['ratio']:.2f}",
                             f"{r['certdesk_p99_ms']:.2f}", f"{r['raw_jca_per_s']:.1f}", f"{r['fsync_floor_ms']:.3f}"])

    raw_one = {r["key"]: r["raw_jca_per_s"] for r in rows if r["callers"] == 1}
    certdesk_one = {r["key"]: r["certdesk_per_s"] for r in rows if r["callers"] == 1}
    load = os.getloadavg()
    lines = [START, "",
             f"Run of {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, load average "
             f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) at the end. Command: `{command}`.", "",
             "openssl speed, sign/s on one core: " + ", ".join(f"{LABELS[k]} {v:,.0f}" for k, v in openssl.items()) + ".", "",
             "| key | callers | CertDesk cert/s | CFSSL cert/s | CertDesk / CFSSL | CertDesk p99 | CFSSL p99 | raw JCA sign/s"
             " | CertDesk / raw JCA | fsync floor | CPU per cert: CertDesk's JVM + MariaDB | CPU-bound ceiling | CFSSL CPU per cert | targets |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(f"| {LABELS[r['key']]} | {r['callers']} | {r['certdesk_per_s']:,.0f} | {r['cfssl_per_s']:,.0f} | **{r['ratio']:.2f}**"
                     f" | {r['certdesk_p99_ms']:.1f} ms | {r['cfssl_p99_ms']:.1f} ms | {r['raw_jca_per_s']:,.0f}"
                     f" | {r['certdesk_per_s'] / r['raw_jca_per_s']:.0%} | {r['fsync_floor_ms']:.2f} ms"
                     f" | {r['jvm_cpu_ms']:.2f} + {r['database_cpu_ms']:.2f} ms | {ceiling(r):,.0f}/s | {r['cfssl_cpu_ms']:.2f} ms | {verdicts(r, raw_one[r['key']], certdesk_one[r['key']])} |")
    lines += ["", "CPU per cert: the CPU time of CertDesk's JVM (all threads: callers, GC, JIT) and of its embedded MariaDB"
              " during the measurement, divided by the certificates issued; the ceiling is the machine's cores divided by their"
              " sum, what this code could issue if nothing else ran and no caller ever waited. CFSSL CPU per cert: the"
              " `cfssl serve` process's CPU time while hey drove it, divided by its answers (hey's own CPU not counted).", "",
              "The same figures: `docs/benchmarks/issuance.csv`.", "", END]
    text = open(markdown).read()
    if START not in text or END not in text:
        sys.exit(f"{markdown} lacks the {START} ... {END} markers")
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1]
    open(markdown, "w").write(before + "\n".join(lines) + after)
    print("\n".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:5])
