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

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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

    @Test
    void gridStaysUnderASecondWithAMillionCertificates() throws IOException {
        TenantId tenant = benchTenant();
        long generation = ensureRows(tenant);

        List<Long> firstPage = new ArrayList<>();
        List<Long> statusFilter = new ArrayList<>();
        List<Long> domainSearch = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            signIn("bench", "bench-password");
            page.waitForURL("**/certificates**");
            waitForVaadin();

            long start = System.nanoTime();
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
            assertThat(page.locator(".certificate-name:visible").first()).isVisible();
            firstPage.add(millisSince(start));

            waitForVaadin();
            page.locator("#status-filter").click();
            start = System.nanoTime();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Validation Failed")).click();
            assertThat(page.locator(".status-badge:visible").first()).containsText("Validation Failed");
            assertThat(page.locator(".status-badge:visible").last()).containsText("Validation Failed");
            statusFilter.add(millisSince(start));

            page.locator("#status-filter").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
            waitForVaadin();
            String name = "www.host" + (123_451 + run * 10) + ".example.com";
            page.locator("#domain-search input").fill(name);
            start = System.nanoTime();
            page.locator("#domain-search input").press("Enter");
            assertThat(page.locator(".certificate-name:visible")).hasText(new String[] {name});
            domainSearch.add(millisSince(start));
            context.clearCookies();
        }

        String report = String.format(Locale.ROOT, """
                Grid with %,d certificates in one tenant (generated in %,d ms), %d runs, Chromium headless:
                  first page after opening the tab: median %d ms (runs %s)
                  status filter (Validation Failed): median %d ms (runs %s)
                  domain search (exact name):       median %d ms (runs %s)
                """, ROWS, generation, RUNS, median(firstPage), firstPage, median(statusFilter), statusFilter,
                median(domainSearch), domainSearch);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "grid.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        org.assertj.core.api.Assertions.assertThat(List.of(median(firstPage), median(statusFilter), median(domainSearch)))
                .as("SPEC target: under a second each").allMatch(ms -> ms < 1000);
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

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
