package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.ui.DemoNames;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Cancel and apply again, a rejection's cause and resubmission, and tenant isolation, in Chromium. */
class ConsoleActionsBrowserTest extends ChromiumTest {

    @Autowired
    DecideApplication decideApplication;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Certificates certificates;
    @Autowired
    DemoNames demoNames;

    @Test
    void cancelledApplicationKeepsItsDataForTheNextApplication() {
        String name = uniqueName();
        signIn("alice", "alice-demo");
        buyAndApply(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();

        showOnly(name, null);
        visible("[data-action='cancel']").click();
        confirmButton().click();
        assertThat(page.getByText("Application cancelled")).isVisible();

        assertThat(visible(".status-badge")).containsText("Pending Application");
        visible("[data-action='apply']").click();
        assertThat(page.locator("#apply-names textarea")).hasValue(name);
        assertThat(page.locator("#apply-contact-email input")).hasValue("alice@example.com");
    }

    @Test
    void rejectedApplicationShowsItsCauseAndIsResubmitted() {
        String name = uniqueName();
        signIn("alice", "alice-demo");
        buyAndApply(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();
        showOnly(name, null);
        CertificateId id = new CertificateId(Long.parseLong(visible(".certificate-id").textContent().strip().substring(1)));

        visible("[data-action='viewProgress']").click();
        assertThat(page.locator("#progress-status")).hasText("Verifying");
        assertThat(page.locator("#progress-waiting-on")).containsText("Waiting on you since today");
        page.waitForTimeout(400); // let the panel finish sliding in
        screenshot("progress-panel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();

        var rita = accounts.findByUsername("rita").orElseThrow();
        decideApplication.reject(Actor.staff(rita.id(), "rita", Role.REVIEWER), id, certificates.findAnyById(id).orElseThrow().version(),
                RejectionCause.APPLICANT_NOT_REACHED, "The contact phone number did not answer");

        page.reload();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        showOnly(name, null);
        assertThat(visible(".status-badge")).containsText("Validation Failed");
        visible("[data-action='viewCause']").click();
        assertThat(page.locator("#failure-cause-text")).hasText("The applicant could not be reached by phone or email: The contact phone number did not answer");
        confirmButton().click();

        assertThat(page.getByText("Rejected because: The applicant could not be reached by phone or email: The contact phone number did not answer")).isVisible();
        page.locator("#apply-contact-phone input").fill("+86 139 0000 0000");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
    }

    @Test
    void newcomerPublishesTheRecordInTheDemoZoneWithOneClickAndGetsTheCertificate() {
        signIn("alice", "alice-demo");
        buyAndApply("www.s-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice"));

        page.locator("#publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#verify-now").click();

        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
    }

    @Test
    void savedContactFillsTheNextApplication() {
        signIn("bob", "bob-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-quantity input").fill("2");
        page.locator("#buy-confirm").click();
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill(uniqueName());
        page.locator("#apply-contact-name input").fill("Bob Builder");
        page.locator("#apply-contact-email input").fill("bob@example.com");
        page.locator("#apply-contact-phone input").fill("+44 20 7946 0000");
        page.locator("#apply-keep-contact label").click();
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();

        // The list followed the submitted row to Verifying; the second slot waits under Pending Application.
        assertThat(page.locator("#status-filter")).containsText("Verifying");
        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Pending Application")).click();
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-saved-contact input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Bob Builder <bob@example.com>")).first().click();

        assertThat(page.locator("#apply-contact-name input")).hasValue("Bob Builder");
        assertThat(page.locator("#apply-contact-phone input")).hasValue("+442079460000");
    }

    @Test
    void anotherTenantDoesNotSeeTheCertificate() {
        String name = uniqueName();
        signIn("alice", "alice-demo");
        buyAndApply(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Overview")).click();
        assertThat(page.locator(".status-cards")).isVisible();
        screenshot("overview");
        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL("**/login");

        signIn("bob", "bob-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#domain-search input").fill(name);
        page.locator("#domain-search input").press("Enter");
        page.waitForTimeout(600);
        waitForVaadin();
        assertThat(page.getByText("No certificates match.")).isVisible();
        assertThat(page.locator(".certificate-name:visible")).hasCount(0);
    }

    private void buyAndApply(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill(name);
        page.locator("#apply-contact-name input").fill("Alice Admin");
        page.locator("#apply-contact-email input").fill("alice@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
    }

    /** Narrows the grid to one certificate by its name. */
    private void showOnly(String name, String status) {
        if (status == null) {
            page.locator("#status-filter").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        }
        waitForVaadin();
        searchDomain(name);
    }

    /** The confirm button of the open confirmation dialog. */
    private Locator confirmButton() {
        return page.locator("[slot='confirm-button']:visible");
    }

    /** Within the one row left after showOnly (the grid keeps recycled rows hidden). */
    private Locator visible(String selector) {
        return page.locator(selector + ":visible");
    }

    private String uniqueName() {
        return "www.s-" + UUID.randomUUID().toString().substring(0, 8) + ".example.test";
    }
}
