package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Issue #6, "the same with rejection", in Chromium: alice applies for an OV certificate; rita
 * rejects it with a cause from the list plus a note; alice sees Validation Failed, reads the
 * cause, modifies and resubmits; both rounds stay in the history alice and rita see.
 */
class OvRejectionJourneyBrowserTest extends OvJourneyTest {

    private static final String CAUSE = "The organization data do not match the official records: "
            + "the registration number 91310000MA1FL0001X is not in the national register.";

    @Test
    void rejectedOvApplicationIsReadModifiedAndResubmittedWithBothRoundsInTheHistory() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "www.rejected-" + unique + "." + demoNames.partOf("alice");
        String organization = "Rejection Trading " + unique + " Ltd";

        signInAs("alice", "alice-demo");
        long id = buyAndApplyOv(name, new Company(organization, "91310000MA1FL0001X"), "carol-" + unique + "@example.com");
        verifyDomainFromProgress(name);

        signInAs("rita", "rita-demo");
        openFromReviewQueue(id);
        assertThat(page.locator("#detail-organization")).containsText("91310000MA1FL0001X");
        page.locator("#reject-cause").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Organization data do not match official records")).click();
        page.locator("#reject-note textarea").fill("the registration number 91310000MA1FL0001X is not in the national register.");
        page.locator("#reject").click();
        assertThat(page.locator("#detail-status")).hasText("Validation Failed");

        signInAs("alice", "alice-demo");
        openManageCertificates();
        showOnly(name);
        assertThat(page.locator(".status-badge:visible")).containsText("Validation Failed");
        page.locator("[data-action='viewCause']:visible").click();
        assertThat(page.locator("#failure-cause-text")).hasText(CAUSE);
        screenshot("rejection-cause");
        Locator modifyAndResubmit = page.locator("[slot='confirm-button']:visible");
        assertThat(modifyAndResubmit).hasText("Modify and resubmit");
        modifyAndResubmit.click();

        assertThat(page.getByText("Rejected because: " + CAUSE)).isVisible();
        Locator registrationNumber = organizationField("Registration number (e.g. unified social credit code)");
        assertThat(registrationNumber).hasValue("91310000MA1FL0001X");
        registrationNumber.fill("91310000MA1FL0002Y");
        page.locator("#apply-submit").click();
        submittedId(name);
        assertThat(page.locator(".status-badge:visible")).containsText("Verifying");

        page.locator(".row-action[data-action='viewProgress']:visible").click();
        Locator customerLog = page.locator(".progress-panel .progress-log");
        assertThat(customerLog).containsText("Application submitted (round 1)");
        assertThat(customerLog).containsText(name + ": ");
        assertThat(customerLog).containsText("Application rejected (round 1): " + CAUSE);
        assertThat(customerLog).containsText("Application submitted (round 2)");
        screenshot("progress-two-rounds");
        page.keyboard().press("Escape");

        signInAs("rita", "rita-demo");
        openFromReviewQueue(id);
        assertThat(page.locator("#detail-status")).hasText("Verifying");
        assertThat(page.locator("#detail-organization")).containsText("91310000MA1FL0002Y");
        Locator reviewerLog = page.locator("#detail-log");
        assertThat(reviewerLog).containsText("Application rejected (round 1): " + CAUSE);
        assertThat(reviewerLog).containsText("Application submitted (round 2)");
    }
}
