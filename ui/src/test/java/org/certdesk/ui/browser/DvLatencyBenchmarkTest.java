package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DV latency a customer sees on the embedded default with five remote perspectives (issue 12;
 * docs/benchmarks.md): from the click on Verify now, once the record is published in the demo zone,
 * to "Verified: the certificate is issued." in Chromium — CAA and the TXT record checked by the
 * primary (DNSSEC-validated), corroborated by the five in-process perspective agents over mutual
 * TLS, approved, signed, stored. Records, does not judge: the figures go to stdout and
 * target/bench/dv-latency.txt. Run with
 * {@code ./mvnw -pl ui -am verify -Dcertdesk.test-groups=bench -Dcertdesk.excluded-test-groups= -Dtest=DvLatencyBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 * and {@code -Dcertdesk.bench.dv-journeys=N} (default 10).
 */
@Tag("bench")
class DvLatencyBenchmarkTest extends ChromiumTest {

    private static final String PASSWORD = "dv-latency-password";

    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;

    @Test
    void fromVerifyNowToIssuedWithFivePerspectives() throws IOException {
        int journeys = Integer.getInteger("certdesk.bench.dv-journeys", 10);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.save(Tenant.unsaved("Latency " + unique));
        String username = "latency-" + unique;
        accounts.save(UserAccount.newCustomer(username, "Latency Bench", hasher.hash(PASSWORD), tenant.id()));
        String part = tenant.slug().value() + ".example.test";
        signIn(username, PASSWORD);

        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < journeys; i++) {
            if (i > 0) {
                // A fresh page: the last journey's notification must not answer for this one.
                page.close();
                page = context.newPage();
                page.navigate(url("/"));
            }
            buyAndOpenApply();
            fillApplication("www" + i + "." + part);
            submitApplication();
            page.locator("#publish-demo").click();
            assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
            waitForVaadin();

            long started = System.nanoTime();
            page.locator("#verify-now").click();
            assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }

        List<Long> sorted = millis.stream().sorted().toList();
        String report = "DV latency, Verify now to Issued visible, " + journeys + " journeys, five perspectives: median "
                + sorted.get(sorted.size() / 2) + " ms, p90 " + sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1)
                + " ms, max " + sorted.getLast() + " ms; each: " + millis;
        System.out.println(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "dv-latency.txt"), report + System.lineSeparator());
    }
}
