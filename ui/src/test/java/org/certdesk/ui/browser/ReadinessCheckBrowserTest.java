package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Check readiness" in Chromium: before Submit the TXT record is amber (its value is made at
 * Submit), after Submit it stays amber until Publish in the demo zone, then turns green; and the
 * persistent record (BR 3.2.2.4.22) is shown before Submit with the tenant's account and issues.
 */
class ReadinessCheckBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "readiness-password";

    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    DemoZoneRecords demoZone;

    private String username;
    private String part;
    private Tenant tenant;

    /** A tenant of this test's own, so its demo names and counts touch no other test. */
    @BeforeEach
    void ownTenant() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        tenant = tenants.save(Tenant.unsaved("Ready Check " + unique));
        username = "ready-" + unique;
        accounts.save(UserAccount.newCustomer(username, "Ready Check", hasher.hash(PASSWORD), tenant.id()));
        part = tenant.slug().value() + ".example.test";
    }

    @Test
    void theTxtRecordTurnsFromAmberToGreenAfterPublishingInTheDemoZone() throws IOException {
        String name = "www." + part;
        signIn(username, PASSWORD);
        buyAndOpenApply();
        fillApplication(name);

        page.locator("#check-readiness").click();
        assertThat(line("CAA")).hasAttribute("data-mark", "GREEN");
        assertThat(line("RECORD")).hasAttribute("data-mark", "AMBER");
        assertThat(line("RECORD")).containsText("The TXT record carries a value made at Submit.");
        assertThat(line("DNSSEC")).not().hasAttribute("data-mark", "RED");

        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
        page.locator("#check-readiness").click();
        assertThat(line("RECORD")).hasAttribute("data-mark", "AMBER");
        assertThat(line("RECORD")).containsText("Not in place yet: No DNS record found.");
        assertThat(line("RECORD")).containsText("Publish TXT _dnsauth." + name + " = ");
        assertThat(page.locator("#readiness-summary")).hasText("Submit is possible; the amber lines are still to do.");

        page.locator("#publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#check-readiness").click();

        assertThat(line("RECORD")).hasAttribute("data-mark", "GREEN");
        assertThat(line("RECORD")).containsText("TXT record at _dnsauth." + name + " is in place.");
        assertThat(line("CAA")).hasAttribute("data-mark", "GREEN");
        line("RECORD").scrollIntoViewIfNeeded();
        screenshot("readiness-check");
        Files.createDirectories(Path.of("..", "docs", "screenshots"));
        Files.copy(Path.of("target", "screenshots", "readiness-check.png"), Path.of("..", "docs", "screenshots", "readiness-check.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void thePersistentRecordIsShownBeforeSubmitCheckedThenPublishedAndIssues() {
        String name = "shop." + part;
        signIn(username, PASSWORD);
        buyAndOpenApply();
        fillApplication(name);
        page.locator("#apply-verification-method vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Persistent TXT record")).click();

        String record = "certdesk.test; accounturi=http://localhost:8080/accounts/" + tenant.id().value();
        assertThat(page.locator("#apply-persistent-record .persistent-value")).hasText(record);
        page.locator("#check-readiness").click();
        assertThat(line("RECORD")).hasAttribute("data-mark", "AMBER");
        assertThat(line("RECORD")).containsText("Publish TXT _validation-persist." + name + " = " + record);

        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
        assertThat(page.locator(".dns-host")).hasText("_validation-persist." + name);
        assertThat(page.locator(".dns-value")).hasText(record);
        page.locator("#publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#check-readiness").click();
        assertThat(line("RECORD")).hasAttribute("data-mark", "GREEN");

        page.locator("#verify-now").click();
        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
    }

    @Test
    void aCaaRecordNamingAnotherCaIsRedAndSubmitFirstExplainsItThenGoesAheadOnASecondClick() {
        String name = "api." + part;
        DemoRecord otherCa = new DemoRecord(part, DemoRecordType.CAA, "0 issue \"other-ca.example\"");
        demoZone.add(otherCa);
        try {
            signIn(username, PASSWORD);
            buyAndOpenApply();
            fillApplication(name);

            page.locator("#apply-submit").click();

            assertThat(line("CAA")).hasAttribute("data-mark", "RED");
            assertThat(line("CAA")).containsText("At " + part + ", add CAA 0 issue \"certdesk.test\"");
            assertThat(page.locator("#readiness-summary")).hasText("As things stand the checks would fail: see the red lines.");
            assertThat(page.locator("#apply-submitted")).not().isVisible();
            assertThat(page.locator("#apply-submit")).hasText("Submit anyway");

            page.locator("#apply-submit").click();
            assertThat(page.locator("#apply-submitted")).isVisible();
        } finally {
            demoZone.remove(otherCa);
        }
    }

    private Locator line(String topic) {
        return page.locator(".readiness-line[data-topic='" + topic + "']");
    }
}
