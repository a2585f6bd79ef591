package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each tenant's own part of the demo zone, in Chromium: the Apply panel names it, a DV for a name
 * in it issues through Publish in the demo zone, and a name in another tenant's part is refused.
 */
class DemoZoneOwnershipBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "demo-owner-password";

    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    DemoNames demoNames;

    private String username;
    private String part;

    /** A tenant and customer of this test's own, so no other test's counts change. */
    @BeforeEach
    void ownTenant() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.save(Tenant.unsaved("Zone Owner " + unique));
        username = "zone-" + unique;
        accounts.save(UserAccount.newCustomer(username, "Zone Owner", hasher.hash(PASSWORD), tenant.id()));
        part = tenant.slug().value() + ".example.test";
    }

    @Test
    void theApplyPanelShowsTheTenantsDemoNamesAndADvForOneOfThemIssues() {
        signIn(username, PASSWORD);
        buyAndOpenApply();

        assertThat(page.locator("#apply-demo-names"))
                .hasText("Your demo names: *." + part + " and " + part + " itself. After Submit, Publish in the demo zone"
                        + " publishes their records for you.");
        fillApplication("www." + part);
        submitApplication();

        assertThat(page.locator("#verify-demo-names")).containsText("*." + part);
        page.locator("#publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#verify-now").click();
        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
    }

    /** BR 3.2.2.9 as the customer sees it: the Progress panel lists what each of the five perspectives saw. */
    @Test
    void aDvVerifiedFromTheProgressPanelShowsWhatEachRemotePerspectiveSaw() {
        signIn(username, PASSWORD);
        buyAndOpenApply();
        fillApplication("shop." + part);
        submitApplication();
        page.keyboard().press("Escape");
        waitForVaadin();

        page.locator(".row-action[data-action='viewProgress']:visible").first().click();
        page.locator("#progress-publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#progress-verify-now").click();

        Locator seen = page.locator("#progress-perspectives .perspective-result.perspective-seen");
        assertThat(seen).hasCount(5);
        assertThat(page.locator("#progress-perspectives .perspective-site"))
                .hasText(new String[] {"Virginia", "Frankfurt", "Singapore", "São Paulo", "Johannesburg"});
        assertThat(seen.first()).containsText("_dnsauth.shop." + part);
        page.locator("#progress-perspectives").scrollIntoViewIfNeeded();
        screenshot("progress-perspectives");
    }

    @Test
    void aNameInAnotherTenantsPartIsRefusedWithItsReason() {
        String alicesPart = demoNames.partOf("alice");
        signIn(username, PASSWORD);
        buyAndOpenApply();
        fillApplication("shop." + alicesPart);
        submitApplication();

        page.locator("#publish-demo").click();

        assertThat(page.getByText("'shop." + alicesPart + "' is outside your part of the demo zone: your demo names are "
                + part + " and the names under it.")).isVisible();
    }
}
