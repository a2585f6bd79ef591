package org.certdesk.adapters.ca.issuance;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.ca.crypto.CaSignatures;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyFactory;
import org.certdesk.adapters.ca.hierarchy.KeyFamily;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issuance under 1, 2, 8 and 32 concurrent callers, for a P-256 and an RSA-2048 issuer, beside the
 * two physical floors it is read against: the raw JCA signing loop on as many threads, and one
 * durable one-row commit in a loop (the machine's fsync floor). Not JMH: the figures wanted are
 * certificates per second and the p99 latency of each call at a fixed number of closed-loop
 * callers, the way hey drives CFSSL in the same run (run-issuance-comparison.sh).
 * <p>
 * Usage: {@code IssuanceLoad <csv out>}; {@code -Dbench.seconds} (default 10) per measurement,
 * {@code -Dbench.warmup} (default 5) seconds of untimed calls before each (three times that per
 * issuer before its first).
 */
public final class IssuanceLoad {

    private static final int[] CALLERS = {1, 2, 8, 32};
    private static final String[] ISSUERS = {"EC_P256", "RSA_2048"};
    private static final int TBS_BYTES = 1024;

    private IssuanceLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmup = Integer.getInteger("bench.warmup", 5);
        List<String> rows = new ArrayList<>(List.of(
                "key,callers,certdesk_per_s,certdesk_p99_ms,raw_jca_per_s,fsync_floor_ms,jvm_cpu_ms_per_cert,database_cpu_ms_per_cert"));
        // One context for both issuers: the database is as warm for the second as for the first.
        RunningCa ca = new RunningCa();
        ca.issuer = ISSUERS[0];
        ca.start();
        try {
            JdbcTemplate jdbc = ca.bean(JdbcTemplate.class);
            requireFullDurability(jdbc);
            CpuClocks cpu = CpuClocks.ofThisJvmAndItsDatabase();
            for (String issuer : ISSUERS) {
                ca.useIssuer(issuer);
                double fsyncFloorMs = FsyncFloor.millisPerCommit(jdbc, seconds);
                KeyFamily family = "EC_P256".equals(issuer) ? KeyFamily.EC : KeyFamily.RSA;
                KeyPair rawKeys = family == KeyFamily.EC ? CaHierarchyFactory.ecKeyPair("secp256r1") : CaHierarchyFactory.rsaKeyPair();
                // The JIT compiles this issuer's whole path before any figure counts.
                ClosedLoop.run(8, 3 * warmup, ca::issueAndAudit);
                for (int callers : CALLERS) {
                    ClosedLoop.run(callers, warmup, ca::issueAndAudit);
                    CpuClocks.Reading before = cpu.read();
                    ClosedLoop.Result issued = ClosedLoop.run(callers, seconds, ca::issueAndAudit);
                    CpuClocks.Reading spent = cpu.read().minus(before);
                    ThreadLocal<Signature> signers = ThreadLocal.withInitial(() -> signer(family, rawKeys));
                    byte[] tbs = new byte[TBS_BYTES];
                    ThreadLocalRandom.current().nextBytes(tbs);
                    ClosedLoop.run(callers, warmup, () -> sign(signers.get(), tbs));
                    ClosedLoop.Result raw = ClosedLoop.run(callers, seconds, () -> sign(signers.get(), tbs));
                    String row = String.format(Locale.ROOT, "%s,%d,%.1f,%.2f,%.1f,%.3f,%.3f,%.3f", issuer, callers, issued.perSecond(),
                            issued.p99Millis(), raw.perSecond(), fsyncFloorMs, spent.jvmMillis() / issued.calls(),
                            spent.databaseMillis() / issued.calls());
                    System.out.println("issuance-load: " + row);
                    rows.add(row);
                }
            }
        } finally {
            ca.stop();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, rows);
    }

    /** Durability stays (docs/architecture.md): a figure measured with a relaxed flush would be meaningless. */
    private static void requireFullDurability(JdbcTemplate jdbc) {
        Integer flush = jdbc.queryForObject("SELECT @@innodb_flush_log_at_trx_commit", Integer.class);
        if (flush == null || flush != 1) {
            throw new IllegalStateException("innodb_flush_log_at_trx_commit is " + flush + ", not 1: not measuring a relaxed flush");
        }
    }

    private static Signature signer(KeyFamily family, KeyPair keys) {
        try {
            // The provider the CA signs with (CaSignatures), so the ratio reads the CA's overhead, not the provider's speed.
            Signature signature = CaSignatures.signature(family.leafSignatureAlgorithm());
            signature.initSign(keys.getPrivate());
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sign(Signature signature, byte[] tbs) {
        try {
            signature.update(tbs);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code callers} threads, each calling {@code call} again as soon as it returns, for {@code seconds}. */
    static final class ClosedLoop {

        record Result(double perSecond, double p99Millis, long calls) {
        }

        static Result run(int callers, int seconds, Runnable call) throws InterruptedException {
            long[][] latencies = new long[callers][];
            int[] counts = new int[callers];
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int index = t;
                threads.add(Thread.ofPlatform().name("caller-" + t).start(() -> {
                    long[] own = new long[4096];
                    int n = 0;
                    for (long begin = System.nanoTime(); begin < deadline; begin = System.nanoTime()) {
                        call.run();
                        if (n == own.length) {
                            own = Arrays.copyOf(own, n * 2);
                        }
                        own[n++] = System.nanoTime() - begin;
                    }
                    latencies[index] = own;
                    counts[index] = n;
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            // Calls still running at the deadline finish and count: the wall time includes them.
            double elapsedSeconds = (System.nanoTime() - start) / 1e9;
            long[] all = new long[Arrays.stream(counts).sum()];
            int at = 0;
            for (int t = 0; t < callers; t++) {
                System.arraycopy(latencies[t], 0, all, at, counts[t]);
                at += counts[t];
            }
            Arrays.sort(all);
            double p99 = all.length == 0 ? Double.NaN : all[Math.min(all.length - 1, (int) Math.ceil(all.length * 0.99) - 1)] / 1e6;
            return new Result(all.length / elapsedSeconds, p99, all.length);
        }
    }

    /**
     * CPU time spent by this JVM (all of it: callers, GC, JIT) and by the embedded MariaDB server
     * (a child process of this JVM): divided by the certificates issued meanwhile, what one
     * certificate costs the machine, and so how many two cores can issue at most.
     */
    record CpuClocks(ProcessHandle database) {

        record Reading(double jvmMillis, double databaseMillis) {
            Reading minus(Reading earlier) {
                return new Reading(jvmMillis - earlier.jvmMillis, databaseMillis - earlier.databaseMillis);
            }
        }

        static CpuClocks ofThisJvmAndItsDatabase() {
            return new CpuClocks(ProcessHandle.current().descendants()
                    .filter(process -> process.info().command().map(command -> command.endsWith("mariadbd") || command.endsWith("mysqld"))
                            .orElse(false))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The embedded MariaDB is not a child of this JVM: cannot count its CPU")));
        }

        Reading read() {
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            Duration databaseCpu = database.info().totalCpuDuration()
                    .orElseThrow(() -> new IllegalStateException("The OS does not report the database's CPU time"));
            return new Reading(jvm / 1e6, databaseCpu.toNanos() / 1e6);
        }
    }

    /** One durable one-row commit in a loop on one connection: what a single commit costs on this disk. */
    static final class FsyncFloor {

        static double millisPerCommit(JdbcTemplate jdbc, int seconds) {
            jdbc.execute("CREATE TABLE IF NOT EXISTS bench_fsync_floor (id INT PRIMARY KEY, n BIGINT NOT NULL) ENGINE=InnoDB");
            jdbc.update("INSERT IGNORE INTO bench_fsync_floor VALUES (1, 0)");
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            int commits = 0;
            // Autocommit: each UPDATE is its own transaction, flushed before it returns.
            while (System.nanoTime() < deadline) {
                jdbc.update("UPDATE bench_fsync_floor SET n = n + 1 WHERE id = 1");
                commits++;
            }
            return (System.nanoTime() - start) / 1e6 / commits;
        }
    }
}
