package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The grid with 1,000,000 certificates in one tenant, measured in Chromium: first page after
 * opening the tab, a status filter, a domain search. Not part of ./mvnw verify: run with
 * {@code ./mvnw -pl ui -am verify -Pbench}; results go to target/benchmarks/grid.txt and
 * docs/benchmarks.md. The data comes from src/test/resources/bench/one-million-certificates.sql.
 */
@Tag("bench")
class GridAtScaleBenchmarkTest extends ChromiumTest {

    private static final int ROWS = 1_000_000;
    private static final int RUNS = 5;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;

    /** Rows drawn for a search: exactly the one name asked for. */
    private static final String ONLY_NAME = """
            name => { const shown = [...document.querySelectorAll('.certificate-name')].filter(e => e.offsetParent !== null);
                      return shown.length === 1 && shown[0].textContent.trim() === name; }""";
    /** Rows drawn, all with the status asked for. */
    private static final String ALL_STATUS = """
            status => { const shown = [...document.querySelectorAll('.status-badge')].filter(e => e.offsetParent !== null);
                        return shown.length > 0 && shown.every(e => e.textContent.includes(status)); }""";
    /** Rows drawn, every name starting with the prefix. */
    private static final String ALL_PREFIXED = """
            prefix => { const shown = [...document.querySelectorAll('.certificate-name')].filter(e => e.offsetParent !== null);
                        return shown.length > 1 && shown.every(e => e.textContent.trim().startsWith(prefix)); }""";
    /** Rows drawn at all. */
    private static final String ANY_ROW = "() => [...document.querySelectorAll('.certificate-name')].some(e => e.offsetParent !== null)";

    @Test
    void gridStaysUnderASecondWithAMillionCertificates() throws IOException {
        TenantId tenant = benchTenant();
        long generation = ensureRows(tenant);

        Timings firstPage = new Timings("first page after opening the tab");
        Timings statusFilter = new Timings("status filter (Validation Failed)");
        Timings domainSearch = new Timings("domain search (exact name)");
        Timings letterSearch = new Timings("domain search (one letter, w)");
        // The landing, in ms since the console's page was requested: Overview shown, then the Manage tab's content sent hidden.
        List<Long> overviewShown = new ArrayList<>();
        List<Long> manageTabSent = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            signIn("bench", "bench-password");
            page.waitForURL("**/certificates**");
            waitForVaadin();
            overviewShown.add(millisSinceNavigation());
            // The landing is done when the console has sent the Manage tab's content, hidden, while
            // the browser was idle (SslCertificatesView): a user reads the Overview before clicking.
            page.locator("#status-filter").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
            waitForVaadin();
            manageTabSent.add(millisSinceNavigation());

            firstPage.time(page, () -> page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click(),
                    ANY_ROW, null);
            assertThat(page.locator(".certificate-name:visible").first()).isVisible();

            waitForVaadin();
            page.locator("#status-filter").click();
            statusFilter.time(page, () -> page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Validation Failed")).click(),
                    ALL_STATUS, "Validation Failed");
            assertThat(page.locator(".status-badge:visible").first()).containsText("Validation Failed");
            assertThat(page.locator(".status-badge:visible").last()).containsText("Validation Failed");

            // Once the filtered rows are in: a click while the grid's round trip is pending did not always open the list.
            waitForVaadin();
            page.locator("#status-filter").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
            waitForVaadin();
            String name = "www.host" + (123_451 + run * 10) + ".example.com";
            page.locator("#domain-search input").fill(name);
            domainSearch.time(page, () -> page.locator("#domain-search input").press("Enter"), ONLY_NAME, name);
            assertThat(page.locator(".certificate-name:visible")).hasText(new String[] {name});

            waitForVaadin();
            page.locator("#domain-search input").fill("w");
            letterSearch.time(page, () -> page.locator("#domain-search input").press("Enter"), ALL_PREFIXED, "w");
            context.clearCookies();
        }

        String report = String.format(Locale.ROOT, """
                Grid with %,d certificates in one tenant (generated in %,d ms), %d runs, Chromium headless:
                %s%s%s%s  landing, ms after the console's page was requested: Overview shown and idle %s, Manage tab sent hidden and idle %s
                """, ROWS, generation, RUNS, firstPage, statusFilter, domainSearch, letterSearch, overviewShown, manageTabSent);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "grid.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        org.assertj.core.api.Assertions.assertThat(List.of(firstPage, statusFilter, domainSearch, letterSearch))
                .as("issue 15: every median under 300 ms, every run under a second")
                .allMatch(timings -> timings.median() < 300 && timings.max() < 1000);
    }

    /**
     * Set up in the page before an action: the time of the user's input (the first pointerdown or
     * keydown, its event timestamp) and of the first frame painted with the rows shown, checked on
     * every animation frame and taken after that frame's paint (a task queued from the frame runs
     * after it). Measured in the page, not around Playwright's calls: a click first scrolls the
     * target into view, waits until it is stable for two frames and checks what is under the
     * pointer, which added 10-640 ms (median about 60) to every action before the user's input
     * even happened (docs/benchmarks.md).
     */
    private static final String PROBE = """
            ([rowsShown, argument]) => {
              const probe = { input: null, shown: null };
              window.__gridProbe = probe;
              const input = event => { if (probe.input === null) { probe.input = event.timeStamp; } };
              for (const type of ['pointerdown', 'keydown']) {
                document.addEventListener(type, input, { capture: true, once: true });
              }
              const shown = eval(rowsShown);
              const frame = () => {
                if (probe.input !== null && shown(argument)) {
                  setTimeout(() => { probe.shown = performance.now(); });
                } else {
                  requestAnimationFrame(frame);
                }
              };
              requestAnimationFrame(frame);
              performance.clearResourceTimings();
            }""";

    /** The input-to-rows time and each Vaadin round trip (UIDL request) from the input: start..end. */
    private static final String RESULT = """
            () => { const probe = window.__gridProbe;
                    const trips = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl'))
                        .filter(e => e.startTime >= probe.input && e.startTime <= probe.shown)
                        .map(e => Math.round(e.startTime - probe.input) + '..' + Math.round(e.responseEnd - probe.input));
                    return [Math.round(probe.shown - probe.input), trips.join(' ')]; }""";

    /**
     * One action's runs: from the user's input to the first frame painted with the rows, measured
     * in the page (see {@link #PROBE}); the wall-clock time around Playwright's calls beside it,
     * and the Vaadin round trips the action started before the rows were painted, with their start
     * and end in ms after the input: the rest of the time is the browser's work.
     */
    private static final class Timings {
        private final String action;
        private final List<Long> millis = new ArrayList<>();
        private final List<Long> wallClock = new ArrayList<>();
        private final List<String> roundTrips = new ArrayList<>();

        Timings(String action) {
            this.action = action;
        }

        void time(Page page, Runnable userAction, String rowsShown, Object argument) {
            page.evaluate(PROBE, List.of(rowsShown, argument == null ? "" : argument));
            long start = System.nanoTime();
            userAction.run();
            page.waitForFunction("() => window.__gridProbe.shown !== null");
            wallClock.add(millisSince(start));
            List<?> result = (List<?>) page.evaluate(RESULT);
            millis.add(((Number) result.get(0)).longValue());
            roundTrips.add("[" + result.get(1) + "]");
        }

        long median() {
            return median(millis);
        }

        long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        }

        private static long median(List<Long> values) {
            List<Long> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "  %-34s median %d ms (runs %s; wall clock around Playwright median %d ms, runs %s;"
                    + " UIDL round trips from the input, ms: %s)%n", action + ":", median(), millis, median(wallClock), wallClock,
                    String.join(" ", roundTrips));
        }
    }

    private TenantId benchTenant() {
        var existing = jdbc.sql("SELECT id FROM tenant WHERE name = 'Bench Tenant'").query(Long.class).optional();
        TenantId tenant = existing.map(TenantId::of).orElseGet(() -> tenants.save(Tenant.unsaved("Bench Tenant")).id());
        if (accounts.findByUsername("bench").isEmpty()) {
            accounts.save(UserAccount.newCustomer("bench", "Bench", hasher.hash("bench-password"), tenant));
        }
        return tenant;
    }

    /** Generates the rows once; later runs reuse them (the test database is kept in target/). */
    private long ensureRows(TenantId tenant) throws IOException {
        long present = jdbc.sql("SELECT COUNT(*) FROM certificate WHERE tenant_id = :t").param("t", tenant.value())
                .query(Long.class).single();
        if (present >= ROWS) {
            return 0;
        }
        long start = System.nanoTime();
        String script;
        try (InputStream in = getClass().getResourceAsStream("/bench/one-million-certificates.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement.replace("@tenant", Long.toString(tenant.value()))).update();
            }
        }
        jdbc.sql("ANALYZE TABLE certificate, certificate_name").query().listOfRows();
        return millisSince(start);
    }

    /** Now, in the page's own clock: ms since its navigation started. */
    private long millisSinceNavigation() {
        return Math.round(((Number) page.evaluate("() => performance.now()")).doubleValue());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
