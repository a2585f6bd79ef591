package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
import org.certdesk.ui.DemoNames;
import org.springframework.beans.factory.annotation.Autowired;

/** The steps OV journeys share: a customer buys and applies for an OV certificate, people take turns. */
abstract class OvJourneyTest extends ChromiumTest {

    @Autowired
    DemoZoneRecords demoZone;
    @Autowired
    DemoNames demoNames;

    /** The organization an application names; the registration number is what a rejection usually questions. */
    record Company(String legalName, String registrationNumber) {
    }

    /** Buys one OV certificate, applies for it and returns its number from the grid. */
    long buyAndApplyOv(String name, Company company, String contactEmail) {
        buyOvAndFillApplication(name, company, contactEmail);
        page.locator("#apply-submit").click();
        return submittedId(name);
    }

    /** Buys one OV certificate and fills its Apply panel, not yet submitted. */
    void buyOvAndFillApplication(String name, Company company, String contactEmail) {
        openManageCertificates();
        page.locator("#buy-certificates").click();
        page.locator("#buy-type").getByText("OV (organization validated)").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        // The grid refreshes after the purchase and keeps recycled rows hidden: wait, then take
        // the newest visible row's Apply.
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill(name);
        page.locator("#apply-contact-name input").fill("Carol Contact");
        page.locator("#apply-contact-email input").fill(contactEmail);
        page.locator("#apply-contact-phone input").fill("+8613800138000");
        organizationField("Organization name").fill(company.legalName());
        organizationField("Registration number (e.g. unified social credit code)").fill(company.registrationNumber());
        organizationField("Company type").fill("Limited company");
        organizationField("Country").fill("CN");
        organizationField("State or province").fill("Shanghai");
        organizationField("City").fill("Shanghai");
        organizationField("Street address").fill("1 Century Avenue");
        organizationField("Postal code").fill("200120");
        organizationField("Organization phone").fill("+862155550000");
    }

    /** After a successful submit: closes the panel and reads the certificate's number from its row. */
    long submittedId(String name) {
        assertThat(page.locator("#apply-submitted")).isVisible();
        page.keyboard().press("Escape");
        showOnly(name);
        return Long.parseLong(page.locator(".certificate-id:visible").textContent().strip().substring(1));
    }

    void openManageCertificates() {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
    }

    /** Narrows the grid to the one certificate with this name, whatever its status. */
    void showOnly(String name) {
        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        waitForVaadin();
        searchDomain(name);
    }

    /** Publishes the TXT record the progress panel shows in the demo zone and runs Verify now. */
    void verifyDomainFromProgress(String name) {
        showOnly(name);
        page.locator(".row-action[data-action='viewProgress']:visible").click();
        Locator host = page.locator(".progress-panel .dns-host").first();
        assertThat(host).hasText("_dnsauth." + name);
        demoZone.add(new DemoRecord(host.textContent().strip(), DemoRecordType.TXT,
                page.locator(".progress-panel .dns-value").first().textContent().strip()));
        page.locator("#progress-verify-now").click();
        assertThat(page.locator(".progress-panel .instruction-card")).containsText("Verified");
        page.keyboard().press("Escape");
    }

    Locator organizationField(String label) {
        return page.locator("vaadin-text-field:has(> label:text-is('" + label + "')) input");
    }

    void signInAs(String username, String password) {
        context.clearCookies();
        signIn(username, password);
        // Let the sign-in finish before navigating on, or the next navigation races it.
        page.waitForCondition(() -> !page.url().contains("/login"));
        waitForVaadin();
    }

    /** The reviewer finds the application in the queue (oldest first, so a new one is at the end) and opens it. */
    void openFromReviewQueue(long id) {
        page.navigate(url("/review"));
        Locator queue = page.locator("#review-queue");
        assertThat(queue).isVisible();
        queue.evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        page.locator(".queue-open[data-certificate='" + id + "']").click();
        assertThat(page.locator("#detail-status")).isVisible();
    }
}
