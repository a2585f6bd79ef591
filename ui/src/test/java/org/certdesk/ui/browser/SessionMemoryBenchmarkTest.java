package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.management.HotSpotDiagnosticMXBean;
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
 * at most 150 KB, i.e. 5,000 sessions in a 1 GiB heap). Signs in N customers of one tenant in
 * separate Chromium contexts (separate HTTP sessions), keeps every tab open on the grid, and
 * compares the live heap after a full GC before and after: the console runs in this JVM, so the
 * difference is the sessions' server-side state. The class histogram's growth shows where it goes.
 * Not part of ./mvnw verify: see docs/benchmarks.md ("Session memory"); results go to
 * target/benchmarks/session-memory.txt.
 */
@Tag("bench")
class SessionMemoryBenchmarkTest extends ChromiumTest {

    private static final int SESSIONS = Integer.getInteger("certdesk.bench.sessions", 30);
    private static final int CERTIFICATES = Integer.getInteger("certdesk.bench.session-certificates", 60);
    private static final String TENANT = "Session Memory Bench " + CERTIFICATES;
    private static final String PASSWORD = "session-memory-password";
    private static final long TARGET_BYTES = 150 * 1024;
    /** A folder for live heap dumps before and after the sessions (for a retained-size analysis); none if unset. */
    private static final String HEAP_DUMPS = System.getProperty("certdesk.bench.heap-dumps", "");

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

    /** A field, not a local, so that it stays reachable until it is cleared. */
    private Histogram spare;

    @Test
    void aSignedInSessionWithTheGridOpenCostsAtMost150KilobytesOfHeap() throws Exception {
        List<String> usernames = benchCustomers();

        // One session first (kept open, not counted): class loading, caches and the first render are not per session.
        openOnGrid(page, usernames.getFirst());
        // A histogram is itself about 1.8 MB of heap (an entry per loaded class): one is alive in every
        // reading, else the second one counted the first (60 KB "per session" with 30 sessions).
        spare = Histogram.afterFullGc();
        long heapBefore = usedHeapAfterFullGc();
        Histogram before = Histogram.afterFullGc();
        heapDump("before");

        List<BrowserContext> open = new ArrayList<>();
        for (int i = 1; i <= SESSIONS; i++) {
            BrowserContext session = newContext();
            open.add(session);
            openOnGrid(session.newPage(), usernames.get(i));
        }
        spare = null; // from here the before histogram is the one alive
        long heapAfter = usedHeapAfterFullGc();
        Histogram after = Histogram.afterFullGc();
        heapDump("after-" + SESSIONS);
        long perSession = (heapAfter - heapBefore) / SESSIONS;
        long histogramPerSession = (after.totalBytes() - before.totalBytes()) / SESSIONS;

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                Session memory: %d signed-in sessions, each with the Manage Certificates grid open (%d certificates in the tenant), Chromium headless
                  used heap after full GC: before %,d KB, after %,d KB
                  per session: %,d KB (MemoryMXBean), %,d KB (class histogram)
                """, SESSIONS, CERTIFICATES, heapBefore / 1024, heapAfter / 1024, perSession / 1024, histogramPerSession / 1024));
        // Playwright's Java client runs in this JVM too: its objects (Gson trees, channel owners) are in the difference.
        report.append(String.format(Locale.ROOT, "  shallow growth per session by package: Vaadin %,d bytes, Playwright client %,d bytes,"
                + " Gson %,d bytes, JDK and other %,d bytes%n", after.growthOf(before, "com.vaadin.") / SESSIONS,
                after.growthOf(before, "com.microsoft.playwright.") / SESSIONS, after.growthOf(before, "com.google.gson.") / SESSIONS,
                (after.totalBytes() - before.totalBytes() - after.growthOf(before, "com.vaadin.")
                        - after.growthOf(before, "com.microsoft.playwright.") - after.growthOf(before, "com.google.gson.")) / SESSIONS));
        report.append("  largest growth per session (class histogram):%n".formatted());
        after.growthSince(before).stream().limit(15).forEach(growth -> report.append(String.format(Locale.ROOT,
                "    %,8d bytes  %,6d instances  %s%n", growth.bytes() / SESSIONS, growth.instances() / SESSIONS, growth.className())));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "session-memory.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        open.forEach(BrowserContext::close);

        org.assertj.core.api.Assertions.assertThat(Math.max(perSession, histogramPerSession))
                .as("issue 14 target: at most 150 KB per session").isLessThanOrEqualTo(TARGET_BYTES);
    }

    private BrowserContext newContext() {
        Browser browser = context.browser();
        BrowserContext session = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        session.setDefaultTimeout(60_000);
        return session;
    }

    private void openOnGrid(Page tab, String username) {
        tab.navigate(url("/login"));
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

    private static void heapDump(String name) throws IOException {
        if (HEAP_DUMPS.isBlank()) {
            return;
        }
        Path file = Path.of(HEAP_DUMPS).toAbsolutePath().resolve(name + ".hprof");
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        // live = true: only reachable objects, after a full GC, as in the histogram.
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).dumpHeap(file.toString(), true);
    }

    private static long usedHeapAfterFullGc() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    /** The JVM's own {@code jcmd GC.class_histogram} (it runs a full GC first), read in-process. */
    private record Histogram(Map<String, long[]> byClass) {

        private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

        record Growth(String className, long instances, long bytes) {
        }

        static Histogram afterFullGc() throws Exception {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
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
