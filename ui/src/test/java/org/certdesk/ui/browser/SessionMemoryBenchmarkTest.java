package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.adapters.mariadb.EmbeddedMariaDb;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.ValidationType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Heap per signed-in console session with the Manage Certificates grid open (issue 14's target:
 * at most 150 KB, i.e. 5,000 sessions in a 1 GiB heap). The console runs in a JVM of its own
 * ({@link ConsoleInChildJvm}) on this test's database; this JVM only seeds the data and drives
 * Chromium, so the Playwright client's objects are not in the figure. N customers of one tenant
 * sign in in separate Chromium contexts (separate HTTP sessions) and keep their tab on the grid;
 * the console's live heap after full GCs ({@code jcmd GC.run} + {@code GC.heap_info}, and
 * {@code GC.class_histogram}) is read after one warm session, after half of the sessions and
 * after all of them. The cost of a session is the slope between the last two readings, so what
 * the first sessions still load once (classes, caches) is not counted. Idle keep-alive
 * connections are closed after 2 s and the readings wait for that: Tomcat's per-connection
 * buffers belong to the open sockets, not to the sessions. Not part of ./mvnw verify: see
 * docs/benchmarks.md ("Session memory"); results go to target/benchmarks/session-memory.txt.
 */
@Tag("bench")
class SessionMemoryBenchmarkTest extends ChromiumTest {

    /** Sessions at the last reading; the middle reading is at half of them. */
    private static final int SESSIONS = Integer.getInteger("certdesk.bench.sessions", 30);
    private static final int CERTIFICATES = Integer.getInteger("certdesk.bench.session-certificates", 60);
    private static final String TENANT = "Session Memory Bench " + CERTIFICATES;
    private static final String PASSWORD = "session-memory-password";
    private static final long TARGET_BYTES = 150 * 1024;
    /** A folder for live heap dumps of the console at the middle and last readings (for a retained-size analysis); none if unset. */
    private static final String HEAP_DUMPS = System.getProperty("certdesk.bench.heap-dumps", "");
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(2);
    private static final Pattern USED_HEAP = Pattern.compile("used (\\d+)K");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    BuyCertificates buy;
    @Autowired
    EmbeddedMariaDb database;

    @Test
    void aSignedInSessionWithTheGridOpenCostsAtMost150KilobytesOfHeap() throws Exception {
        List<String> usernames = benchCustomers();
        if (SESSIONS < 2) {
            throw new IllegalArgumentException("certdesk.bench.sessions must be at least 2: the slope needs a reading at half of them");
        }
        int half = SESSIONS / 2;
        Path target = Path.of("target", "benchmarks");
        try (ConsoleInChildJvm console = ConsoleInChildJvm.start(database, target.resolve("session-memory-console.log"),
                List.of("-Xmx512m"), List.of("--vaadin.productionMode=true", "--certdesk.scheduler.enabled=false",
                        "--certdesk.ca.master-secret-file=" + Path.of("target", "ca-master.key").toAbsolutePath(),
                        "--server.tomcat.keep-alive-timeout=" + KEEP_ALIVE.toMillis() + "ms"))) {
            // One session first (kept open, not counted): class loading, caches and the first render are not per session.
            openOnGrid(console, page, usernames.getFirst());
            Reading warm = Reading.of(console);

            Reading middle = null;
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 1; i <= SESSIONS; i++) {
                BrowserContext session = newContext();
                open.add(session);
                openOnGrid(console, session.newPage(), usernames.get(i));
                if (i == half) {
                    middle = Reading.of(console);
                    heapDump(console, "after-" + half);
                }
            }
            Reading last = Reading.of(console);
            heapDump(console, "after-" + SESSIONS);
            open.forEach(BrowserContext::close);

            int secondHalf = SESSIONS - half;
            long slope = (last.usedHeap() - middle.usedHeap()) / secondHalf;
            long histogramSlope = (last.histogram().totalBytes() - middle.histogram().totalBytes()) / secondHalf;
            StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                    Session memory: the console alone in its own JVM (pid %d, -Xmx512m), %d signed-in sessions, each with the Manage Certificates grid open (%d certificates in the tenant), Chromium headless
                      used heap after full GC (jcmd GC.heap_info): 1 warm session %,d KB, %d more sessions %,d KB, %d more sessions %,d KB
                      class histogram total (jcmd GC.class_histogram):      %,d KB,                 %,d KB,                 %,d KB
                      per session, slope from %d to %d sessions: %,d KB (heap), %,d KB (class histogram)
                      per session, from the warm session to %d sessions: %,d KB (heap), %,d KB (class histogram)
                    """, console.pid(), SESSIONS, CERTIFICATES,
                    warm.usedHeap() / 1024, half, middle.usedHeap() / 1024, secondHalf, last.usedHeap() / 1024,
                    warm.histogram().totalBytes() / 1024, middle.histogram().totalBytes() / 1024, last.histogram().totalBytes() / 1024,
                    half, SESSIONS, slope / 1024, histogramSlope / 1024,
                    SESSIONS, (last.usedHeap() - warm.usedHeap()) / SESSIONS / 1024,
                    (last.histogram().totalBytes() - warm.histogram().totalBytes()) / SESSIONS / 1024));
            report.append(String.format(Locale.ROOT, "  shallow growth per session from %d to %d sessions by package: Vaadin %,d bytes,"
                    + " Tomcat %,d bytes, Spring %,d bytes, JDK and other %,d bytes%n", half, SESSIONS,
                    last.histogram().growthOf(middle.histogram(), "com.vaadin.") / secondHalf,
                    last.histogram().growthOf(middle.histogram(), "org.apache.") / secondHalf,
                    last.histogram().growthOf(middle.histogram(), "org.springframework.") / secondHalf,
                    (last.histogram().totalBytes() - middle.histogram().totalBytes()
                            - last.histogram().growthOf(middle.histogram(), "com.vaadin.")
                            - last.histogram().growthOf(middle.histogram(), "org.apache.")
                            - last.histogram().growthOf(middle.histogram(), "org.springframework.")) / secondHalf));
            report.append("  largest growth per session from %d to %d sessions (class histogram):%n".formatted(half, SESSIONS));
            last.histogram().growthSince(middle.histogram()).stream().limit(20).forEach(growth -> report.append(String.format(Locale.ROOT,
                    "    %,8d bytes  %,6d instances  %s%n", growth.bytes() / secondHalf, growth.instances() / secondHalf, growth.className())));
            System.out.println(report);
            Files.createDirectories(target);
            Files.writeString(target.resolve("session-memory.txt"), report);

            org.assertj.core.api.Assertions.assertThat(Math.max(slope, histogramSlope))
                    .as("issue 14 target: at most 150 KB per session").isLessThanOrEqualTo(TARGET_BYTES);
        }
    }

    private BrowserContext newContext() {
        Browser browser = context.browser();
        BrowserContext session = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        session.setDefaultTimeout(60_000);
        return session;
    }

    private void openOnGrid(ConsoleInChildJvm console, Page tab, String username) {
        String base = "http://localhost:" + console.port();
        tab.navigate(base + "/login");
        tab.locator("vaadin-text-field[name='username'] input").fill(username);
        tab.locator("vaadin-password-field[name='password'] input").fill(PASSWORD);
        tab.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        tab.waitForURL("**/certificates**");
        tab.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        assertThat(tab.locator(".status-badge:visible").first()).containsText("Pending Application");
        tab.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /** Its own tenant and customers (kept across runs, the test database lives in target/). */
    private List<String> benchCustomers() {
        var existing = jdbc.sql("SELECT id FROM tenant WHERE name = :n").param("n", TENANT).query(Long.class).optional();
        TenantId tenant = existing.map(TenantId::of).orElseGet(() -> tenants.save(Tenant.unsaved(TENANT)).id());
        List<String> usernames = new ArrayList<>();
        for (int i = 0; i <= SESSIONS; i++) {
            String username = "session-memory-" + CERTIFICATES + "-" + i;
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.save(UserAccount.newCustomer(username, "Session Memory " + CERTIFICATES + "-" + i, hasher.hash(PASSWORD), tenant));
            }
            usernames.add(username);
        }
        long present = jdbc.sql("SELECT COUNT(*) FROM certificate WHERE tenant_id = :t").param("t", tenant.value())
                .query(Long.class).single();
        if (present < CERTIFICATES) {
            UserAccount buyer = accounts.findByUsername(usernames.getFirst()).orElseThrow();
            buy.buy(new BuyCertificates.Command(Actor.customer(buyer.id(), buyer.username(), tenant), "CertDesk",
                    ValidationType.DV, Coverage.SINGLE, 1, (int) (CERTIFICATES - present)));
        }
        return usernames;
    }

    private static void heapDump(ConsoleInChildJvm console, String name) throws IOException, InterruptedException {
        if (HEAP_DUMPS.isBlank()) {
            return;
        }
        Path file = Path.of(HEAP_DUMPS).toAbsolutePath().resolve(name + ".hprof");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        // Only reachable objects (jcmd's default), after a full GC, as in the histogram.
        console.jcmd("GC.heap_dump", file.toString());
    }

    /** The console's live heap: the lowest used heap of three full GCs, and the class histogram (it runs a full GC first). */
    private record Reading(long usedHeap, Histogram histogram) {

        static Reading of(ConsoleInChildJvm console) throws IOException, InterruptedException {
            // Idle keep-alive connections closed, so their buffers are not counted.
            Thread.sleep(KEEP_ALIVE.toMillis() + 1_000);
            long least = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                console.jcmd("GC.run");
                Matcher used = USED_HEAP.matcher(console.jcmd("GC.heap_info"));
                if (!used.find()) {
                    throw new IllegalStateException("GC.heap_info printed no used heap");
                }
                least = Math.min(least, Long.parseLong(used.group(1)) * 1024);
            }
            return new Reading(least, Histogram.parse(console.jcmd("GC.class_histogram")));
        }
    }

    /** The console JVM's {@code jcmd GC.class_histogram}. */
    private record Histogram(Map<String, long[]> byClass) {

        private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

        record Growth(String className, long instances, long bytes) {
        }

        static Histogram parse(String text) {
            Map<String, long[]> byClass = new HashMap<>();
            for (String line : text.split("\n")) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    byClass.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return new Histogram(byClass);
        }

        long totalBytes() {
            return byClass.values().stream().mapToLong(v -> v[1]).sum();
        }

        long growthOf(Histogram before, String packagePrefix) {
            return growthSince(before).stream().filter(g -> g.className().startsWith(packagePrefix)).mapToLong(Growth::bytes).sum();
        }

        List<Growth> growthSince(Histogram before) {
            return byClass.entrySet().stream()
                    .map(e -> {
                        long[] old = before.byClass.getOrDefault(e.getKey(), new long[2]);
                        return new Growth(e.getKey(), e.getValue()[0] - old[0], e.getValue()[1] - old[1]);
                    })
                    .sorted(Comparator.comparingLong(Growth::bytes).reversed())
                    .toList();
        }
    }
}
