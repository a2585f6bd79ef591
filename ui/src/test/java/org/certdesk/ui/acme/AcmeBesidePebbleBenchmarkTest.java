package org.certdesk.ui.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.adapters.demo.DemoDnsServer;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.shredzone.acme4j.Account;
import org.shredzone.acme4j.AccountBuilder;
import org.shredzone.acme4j.Authorization;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.challenge.Dns01Challenge;
import org.shredzone.acme4j.exception.AcmeServerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * ACME speed beside the reference server, in one run on one machine (docs/benchmarks.md, "ACME:
 * CertDesk beside Pebble"). Not part of ./mvnw verify: run with
 * {@code ui/src/bench/run-acme-benchmark.sh}.
 * <p>
 * lego from Debian obtains certificates one after another, each with a fresh name and a real
 * dns-01 validation: its httpreq provider posts the TXT record to this test, which publishes it in
 * CertDesk's demo zone; CertDesk's CA then asks the demo zone's DNS server over UDP, and lego's
 * own check asks the same server. The same lego command, with the same provider, runs against
 * Pebble from Debian (started here, validation switched off: PEBBLE_VA_ALWAYS_VALID=1,
 * PEBBLE_VA_NOSLEEP=1, external account binding required as on CertDesk, no injected bad nonces).
 * One client, then two in parallel, each configuration after one untimed certificate per client
 * (account registration, JIT warm-up). Then 200 concurrent orders through acme4j against CertDesk.
 * Results go to target/benchmarks/acme.md.
 */
@Tag("bench")
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AcmeFixture.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcmeBesidePebbleBenchmarkTest {

    static final int CERTIFICATES_PER_CLIENT = Integer.getInteger("certdesk.bench.acme.certificates", 30);
    static final int CONCURRENT_ORDERS = Integer.getInteger("certdesk.bench.acme.orders", 200);
    /** The 200 orders are spread over this many ACME accounts (customers), 10 orders each by default. */
    static final int ACME4J_ACCOUNTS = Integer.getInteger("certdesk.bench.acme.accounts", 20);
    static final Path RESULTS = Path.of("target/benchmarks");

    static volatile AcmeFixture zoneWriter;
    /** lego's httpreq DNS provider posts the record here; the test publishes it in the demo zone. */
    static final LegoRecordReceiver RECORD_RECEIVER = LegoRecordReceiver.start((name, value) -> zoneWriter.publishTxt(name, value));

    @LocalServerPort
    int port;
    @Autowired
    AcmeFixture fixture;
    @Autowired
    DemoDnsServer demoDns;

    @AfterAll
    static void stopReceiver() {
        RECORD_RECEIVER.stop();
    }

    record Run(String server, int clients, int certificates, long wallNanos, List<Long> perCertificateNanos, List<String> failedRuns) {
        double perSecond() {
            return certificates / (wallNanos / 1e9);
        }
    }

    @Test
    @Order(1)
    void legoAgainstCertDeskAndPebble() throws Exception {
        zoneWriter = fixture;
        Path work = Files.createDirectories(RESULTS.resolve("acme-lego").toAbsolutePath());
        Files.deleteIfExists(RESULTS.resolve("acme-lego-runs.txt"));
        Pebble pebble = Pebble.start(work.resolve("pebble"), demoDns.address().getPort());
        try {
            List<Run> runs = new ArrayList<>();
            for (int clients : new int[] {1, 2}) {
                runs.add(measure(new CertDeskTarget(), clients, work));
                runs.add(measure(pebble, clients, work));
            }
            String table = legoTable(runs);
            System.out.println(table);
            Files.writeString(RESULTS.resolve("acme-lego.md"), table);
        } finally {
            pebble.close();
        }
    }

    @Test
    @Order(2)
    void concurrentOrdersWithAcme4j() throws Exception {
        String directory = "http://localhost:" + port + "/acme/directory";
        List<Login> accounts = new ArrayList<>();
        for (int i = 0; i < ACME4J_ACCOUNTS; i++) {
            var customer = fixture.customerWithCredentials();
            Session session = new Session(directory);
            KeyPair key = AcmeWithAcme4jTest.ecKey();
            Account account = new AccountBuilder().addEmail("ops@example.test").agreeToTermsOfService()
                    .withKeyIdentifier(customer.eab().keyId(), customer.eab().hmacKeyBase64Url()).useKeyPair(key).create(session);
            Login login = new Session(directory).login(account.getLocation(), key);
            accounts.add(login);
            owners.put(login, customer);
        }
        // Warm-up: one order per account, untimed.
        for (Login login : accounts) {
            oneOrder(directory, login, new long[3]);
        }

        CONFLICTS.set(0);
        List<long[]> timings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        List<String> failureMessages = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_ORDERS);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_ORDERS; i++) {
            Login login = accounts.get(i % accounts.size());
            futures.add(pool.submit(() -> {
                start.await();
                long[] timing = new long[3];
                try {
                    oneOrder(directory, login, timing);
                    timings.add(timing);
                } catch (Exception e) {
                    failures.incrementAndGet();
                    failureMessages.add(e.toString());
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get(10, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - began;
        pool.shutdown();

        List<Long> total = timings.stream().map(t -> t[0]).sorted().toList();
        List<Long> finalize = timings.stream().map(t -> t[1]).sorted().toList();
        List<Long> validation = timings.stream().map(t -> t[2]).sorted().toList();
        String table = String.format(Locale.ROOT, """
                | orders | accounts | failed | 409 conflicts retried | wall time | certificates/s | wall time / certificate | order to certificate: median / p99 | finalize: median / p99 / max | challenge to ready: median / p99 |
                |---:|---:|---:|---:|---:|---:|---:|---|---|---|
                | %d | %d | %d | %d | %.1f s | %.1f | %.0f ms | %.0f / %.0f ms | %.0f / %.0f / %.0f ms | %.0f / %.0f ms |
                """, CONCURRENT_ORDERS, accounts.size(), failures.get(), CONFLICTS.get(), wall / 1e9, timings.size() / (wall / 1e9),
                wall / 1e6 / Math.max(1, timings.size()), millis(percentile(total, 50)), millis(percentile(total, 99)),
                millis(percentile(finalize, 50)), millis(percentile(finalize, 99)), millis(finalize.getLast()),
                millis(percentile(validation, 50)), millis(percentile(validation, 99)));
        System.out.println(table);
        failureMessages.stream().distinct().limit(10).forEach(System.out::println);
        Files.createDirectories(RESULTS);
        Files.writeString(RESULTS.resolve("acme-acme4j.md"), table);
        assertThat(failures.get()).as("failed orders: %s", failureMessages.stream().distinct().limit(5).toList()).isZero();
    }

    /** One whole order: timing[0] order to certificate, [1] the finalize request, [2] challenge answered to order ready. */
    private void oneOrder(String directory, Login shared, long[] timing) throws Exception {
        // A session of its own per order (nonces are per session), logged into the shared account.
        Login login = new Session(directory).login(shared.getAccount().getLocation(), shared.getKeyPair());
        long began = System.nanoTime();
        String name = owners.get(shared).freshName("acme4j");
        org.shredzone.acme4j.Order order = onConflictAgain(() -> login.getAccount().newOrder().domain(name).create());
        long challenged = System.nanoTime();
        for (Authorization authorization : order.getAuthorizations()) {
            Dns01Challenge challenge = authorization.findChallenge(Dns01Challenge.class).orElseThrow();
            fixture.publishTxt("_acme-challenge." + authorization.getIdentifier().getDomain(), challenge.getDigest());
            onConflictAgain(() -> {
                challenge.trigger();
                return null;
            });
            assertThat(authorization.waitForCompletion(Duration.ofSeconds(120))).isEqualTo(Status.VALID);
        }
        assertThat(order.waitUntilReady(Duration.ofSeconds(120))).isEqualTo(Status.READY);
        timing[2] = System.nanoTime() - challenged;
        KeyPair domainKey = AcmeWithAcme4jTest.ecKey();
        long finalizing = System.nanoTime();
        onConflictAgain(() -> {
            order.execute(domainKey);
            return null;
        });
        timing[1] = System.nanoTime() - finalizing;
        assertThat(order.waitForCompletion(Duration.ofSeconds(120))).isEqualTo(Status.VALID);
        assertThat(order.getCertificate().getCertificate()).isNotNull();
        timing[0] = System.nanoTime() - began;
    }

    static final AtomicInteger CONFLICTS = new AtomicInteger();

    /** Each acme4j account's customer: its orders name demo names in that tenant's part of the demo zone. */
    private final Map<Login, AcmeFixture.Customer> owners = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * CertDesk answers 409 (malformed, "changed this resource at the same moment") when two
     * requests of one account update it at once; a patient client sends the request again. Counted.
     */
    private static <T> T onConflictAgain(java.util.concurrent.Callable<T> request) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return request.call();
            } catch (AcmeServerException e) {
                if (attempt >= 50 || e.getMessage() == null || !e.getMessage().contains("at the same moment")) {
                    throw e;
                }
                CONFLICTS.incrementAndGet();
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(10, 100));
            }
        }
    }

    // ---- lego ----

    interface Target {
        String name();

        /** lego's global options for this server and the account of one client directory. */
        List<String> legoOptions(Path clientDir) throws Exception;

        Map<String, String> legoEnvironment();

        /** A name no other run uses that the client of this directory may order. */
        String freshName(Path clientDir, String label);
    }

    final class CertDeskTarget implements Target {
        private final Map<Path, AcmeFixture.Customer> customers = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public String name() {
            return "CertDesk";
        }

        @Override
        public List<String> legoOptions(Path clientDir) {
            var customer = fixture.customerWithCredentials();
            customers.put(clientDir, customer);
            return List.of("--server", "http://localhost:" + port + "/acme/directory", "--eab", "--kid", customer.eab().keyId(),
                    "--hmac", customer.eab().hmacKeyBase64Url());
        }

        @Override
        public Map<String, String> legoEnvironment() {
            return Map.of();
        }

        @Override
        public String freshName(Path clientDir, String label) {
            return customers.get(clientDir).freshName(label);
        }
    }

    private Run measure(Target target, int clients, Path work) throws Exception {
        String label = target.name().toLowerCase(Locale.ROOT) + "-" + clients;
        List<List<String>> clientOptions = new ArrayList<>();
        List<Path> clientDirs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Path dir = work.resolve(label + "-client" + c);
            deleteRecursively(dir);
            Files.createDirectories(dir);
            clientDirs.add(dir);
            clientOptions.add(target.legoOptions(dir));
        }
        // One untimed certificate per client: registers its account.
        for (int c = 0; c < clients; c++) {
            lego(target, clientDirs.get(c), clientOptions.get(c), target.freshName(clientDirs.get(c), "warm"));
        }
        List<Long> perCertificate = Collections.synchronizedList(new ArrayList<>());
        List<String> failedRuns = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int c = 0; c < clients; c++) {
            Path dir = clientDirs.get(c);
            List<String> options = clientOptions.get(c);
            futures.add(pool.submit(() -> {
                start.await();
                int attempts = 0;
                for (int issued = 0; issued < CERTIFICATES_PER_CLIENT; ) {
                    assertThat(++attempts).as("lego attempts of one client").isLessThanOrEqualTo(2 * CERTIFICATES_PER_CLIENT);
                    long began = System.nanoTime();
                    try {
                        lego(target, dir, options, target.freshName(dir, "lego"));
                        perCertificate.add(System.nanoTime() - began);
                        issued++;
                    } catch (AssertionError failed) {
                        // lego gives up on any error; the time stays in the wall time, the next name is tried.
                        failedRuns.add(failed.getMessage().lines().filter(l -> l.contains("::")).findFirst().orElse(
                                failed.getMessage().lines().reduce((a, b) -> b).orElse("")));
                    }
                }
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get(30, TimeUnit.MINUTES);
        }
        long wall = System.nanoTime() - began;
        pool.shutdown();
        Run run = new Run(target.name(), clients, clients * CERTIFICATES_PER_CLIENT, wall, List.copyOf(perCertificate),
                List.copyOf(failedRuns));
        failedRuns.forEach(f -> System.out.println(target.name() + ": failed lego run: " + f));
        System.out.printf(Locale.ROOT, "%s, %d client(s): %d certificates in %.1f s, %.3f/s, median lego run %.0f ms%n", run.server(),
                clients, run.certificates(), wall / 1e9, run.perSecond(), millis(percentile(run.perCertificateNanos().stream().sorted()
                        .toList(), 50)));
        Files.writeString(RESULTS.resolve("acme-lego-runs.txt"), String.format(Locale.ROOT, "%s, %d client(s), lego runs in ms: %s%n",
                run.server(), clients, run.perCertificateNanos().stream().map(n -> String.valueOf(Math.round(millis(n)))).toList()),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return run;
    }

    private void lego(Target target, Path dir, List<String> serverOptions, String name) throws Exception {
        List<String> command = new ArrayList<>(List.of("lego", "--accept-tos", "--email", "ops@example.test"));
        command.addAll(serverOptions);
        command.addAll(List.of("--path", dir.resolve("lego").toString(), "--key-type", "ec256", "--dns", "httpreq",
                "--dns.disable-cp", "--dns.resolvers", "127.0.0.1:" + demoDns.address().getPort(), "--domains", name, "run"));
        Map<String, String> environment = new java.util.HashMap<>(target.legoEnvironment());
        environment.put("HTTPREQ_ENDPOINT", RECORD_RECEIVER.endpoint());
        run(dir, environment, command, dir.resolve("last-lego.log"));
    }

    private static String legoTable(List<Run> runs) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "| clients | certificates | CertDesk: wall time | CertDesk: certificates/s | CertDesk: median lego run | CertDesk: failed lego runs "
                        + "| Pebble: wall time | Pebble: certificates/s | Pebble: median lego run | Pebble: failed lego runs | CertDesk / Pebble |%n"
                        + "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n"));
        for (int i = 0; i + 1 < runs.size(); i += 2) {
            Run ours = runs.get(i);
            Run pebble = runs.get(i + 1);
            table.append(String.format(Locale.ROOT, "| %d | %d | %.1f s | %.3f | %.0f ms | %d | %.1f s | %.3f | %.0f ms | %d | %.2f |%n",
                    ours.clients(), ours.certificates(), ours.wallNanos() / 1e9, ours.perSecond(), medianMillis(ours),
                    ours.failedRuns().size(), pebble.wallNanos() / 1e9, pebble.perSecond(), medianMillis(pebble),
                    pebble.failedRuns().size(), ours.perSecond() / pebble.perSecond()));
        }
        return table.toString();
    }

    private static double medianMillis(Run run) {
        return millis(percentile(run.perCertificateNanos().stream().sorted().toList(), 50));
    }

    /** Pebble from Debian on loopback ports, with its own TLS certificate and EAB keys. */
    static final class Pebble implements Target, AutoCloseable {
        private final Process process;
        private final int port;
        private final Path caPem;
        private final List<String[]> keys;
        private int nextKey;

        private Pebble(Process process, int port, Path caPem, List<String[]> keys) {
            this.process = process;
            this.port = port;
            this.caPem = caPem;
            this.keys = keys;
        }

        static Pebble start(Path dir, int dnsPort) throws Exception {
            deleteRecursively(dir);
            Files.createDirectories(dir);
            // A small CA and a localhost certificate for Pebble's HTTPS (the Debian package has no test certificates).
            run(dir, Map.of(), List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=bench Pebble TLS CA"), null);
            run(dir, Map.of(), List.of("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", "key.pem", "-out", "cert.csr", "-subj", "/CN=localhost"), null);
            Files.writeString(dir.resolve("san.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
            run(dir, Map.of(), List.of("openssl", "x509", "-req", "-in", "cert.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                    "-CAcreateserial", "-out", "cert.pem", "-days", "2", "-extfile", "san.cnf"), null);
            List<String[]> keys = new ArrayList<>();
            SecureRandom random = new SecureRandom();
            StringBuilder macKeys = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                byte[] key = new byte[48];
                random.nextBytes(key);
                String kid = "bench-" + i;
                String hmac = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
                keys.add(new String[] {kid, hmac});
                macKeys.append(i == 0 ? "" : ",\n").append("      \"").append(kid).append("\": \"").append(hmac).append('"');
            }
            int port = LegoRecordReceiver.freePort();
            String config = """
                    {
                      "pebble": {
                        "listenAddress": "127.0.0.1:%d",
                        "managementListenAddress": "127.0.0.1:%d",
                        "certificate": "%s",
                        "privateKey": "%s",
                        "httpPort": %d,
                        "tlsPort": %d,
                        "ocspResponderURL": "",
                        "externalAccountBindingRequired": true,
                        "externalAccountMACKeys": {
                    %s
                        }
                      }
                    }
                    """.formatted(port, LegoRecordReceiver.freePort(), dir.resolve("cert.pem"), dir.resolve("key.pem"), LegoRecordReceiver.freePort(), LegoRecordReceiver.freePort(), macKeys);
            Files.writeString(dir.resolve("pebble-config.json"), config);
            ProcessBuilder builder = new ProcessBuilder("pebble", "-config", dir.resolve("pebble-config.json").toString(), "-dnsserver",
                    "127.0.0.1:" + dnsPort).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("pebble.log").toFile());
            builder.environment().putAll(Map.of("PEBBLE_VA_ALWAYS_VALID", "1", "PEBBLE_VA_NOSLEEP", "1", "PEBBLE_WFE_NONCEREJECT", "0"));
            Process process = builder.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try (Socket ignored = new Socket("127.0.0.1", port)) {
                    break;
                } catch (IOException notYet) {
                    if (!process.isAlive() || System.nanoTime() > deadline) {
                        throw new IllegalStateException("Pebble did not start: " + Files.readString(dir.resolve("pebble.log")));
                    }
                    Thread.sleep(100);
                }
            }
            return new Pebble(process, port, dir.resolve("ca.pem"), keys);
        }

        @Override
        public String name() {
            return "Pebble";
        }

        @Override
        public synchronized List<String> legoOptions(Path clientDir) {
            String[] key = keys.get(nextKey++);
            return List.of("--server", "https://127.0.0.1:" + port + "/dir", "--eab", "--kid", key[0], "--hmac", key[1]);
        }

        @Override
        public Map<String, String> legoEnvironment() {
            return Map.of("LEGO_CA_CERTIFICATES", caPem.toString());
        }

        @Override
        public String freshName(Path clientDir, String label) {
            // Pebble validates nothing (PEBBLE_VA_ALWAYS_VALID=1): any name under the demo zone does.
            return label + "." + AcmeFixture.unique() + ".example.test";
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    // ---- helpers ----

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static void run(Path dir, Map<String, String> environment, List<String> command, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        if (log != null) {
            Files.writeString(log, text);
        }
        assertThat(process.exitValue()).as("%s failed:%n%s", String.join(" ", command), text).isZero();
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }



}
