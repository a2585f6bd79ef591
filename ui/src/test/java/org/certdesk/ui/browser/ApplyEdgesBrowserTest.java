package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rough edges a new user found in the Apply journey (issue 15), in Chromium: the file method is
 * switched off, with the reason, as soon as a wildcard is typed; after Submit the row does not
 * vanish from a "Pending Application" list; and the journey logs no "Property update request for
 * disabled element" warning.
 */
class ApplyEdgesBrowserTest extends OvJourneyTest {

    private static final String PASSWORD = "new-customer-demo";
    private static final String DISABLED_ELEMENT_WARNING = "Property update request for disabled element";

    /** As patient as the page's actions (ChromiumTest): on a loaded machine a round trip can exceed the default 5 s. */
    @org.junit.jupiter.api.BeforeAll
    static void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Autowired
    UserAccounts accounts;
    @Autowired
    Tenants tenants;
    @Autowired
    PasswordHasher hasher;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(log);
        log.stop();
    }

    @Test
    void typingAWildcardSwitchesOffTheFileMethodAndSaysWhy() {
        signIn("alice", "alice-demo");
        buyOneDvAndOpenItsApplyPanel();
        Locator file = method("File on the website");
        file.click();
        assertThat(file.locator("input")).isChecked();

        page.locator("#apply-names textarea").pressSequentially("*.edges-" + unique() + "." + demoNames.partOf("alice"));

        assertThat(file.locator("input")).isDisabled();
        assertThat(method("DNS TXT record").locator("input")).isChecked();
        assertThat(page.locator("#apply-verification-method [slot='helper']"))
                .containsText("it cannot validate wildcard names (Baseline Requirements 3.2.2.4.18)");
        screenshot("apply-wildcard-no-file");

        page.locator("#apply-names textarea").fill("www.edges-" + unique() + "." + demoNames.partOf("alice"));
        assertThat(file.locator("input")).isEnabled();
        assertThat(page.locator("#apply-verification-method [slot='helper']"))
                .hasText("Wildcard names need a DNS TXT record; IP addresses always use the file.");
    }

    @Test
    void theSubmittedRowStaysInSightAndTheApplyLogsNoDisabledElementWarning() {
        // A new user's first Apply: no saved contact yet, so the saved-contact picker starts disabled.
        String customer = newCustomer();
        String name = "www.edges-" + unique() + "." + demoNames.partOf(customer);
        signIn(customer, PASSWORD);
        buyOneDvAndOpenItsApplyPanel();
        page.locator("#apply-names textarea").fill(name);
        page.locator("#apply-contact-name input").fill("Alice Admin");
        page.locator("#apply-contact-email input").fill("alice@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();

        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("is now Verifying")))
                .containsText("is now Verifying, so the list shows Verifying certificates.");
        page.keyboard().press("Escape");
        waitForVaadin();
        assertThat(page.locator("#status-filter")).containsText("Verifying");
        assertThat(page.locator(".certificate-name:visible").filter(new Locator.FilterOptions().setHasText(name))).isVisible();
        assertThat(page.getByText("No certificates match")).not().isVisible();

        assertThat(disabledElementWarnings()).isEmpty();
    }

    @Test
    void aNewCustomersOvApplyLogsNoDisabledElementWarning() {
        // No saved contact and no saved company: both pickers start disabled.
        String customer = newCustomer();
        signIn(customer, PASSWORD);
        page.waitForCondition(() -> !page.url().contains("/login"));
        buyOvAndFillApplication("www.edges-" + unique() + "." + demoNames.partOf(customer),
                new Company("Edges " + unique() + " Ltd", "91310000MA1FL0001X"), "carol-" + unique() + "@example.com");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
        page.keyboard().press("Escape");
        waitForVaadin();

        assertThat(disabledElementWarnings()).isEmpty();
    }

    private List<String> disabledElementWarnings() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(message -> message.contains(DISABLED_ELEMENT_WARNING)).toList();
    }

    /** A customer of a tenant of their own, just created, with nothing saved yet. */
    private String newCustomer() {
        String username = "new-" + unique();
        Tenant tenant = tenants.save(Tenant.unsaved("Edges " + username));
        accounts.save(UserAccount.newCustomer(username, "New Customer", hasher.hash(PASSWORD), tenant.id()));
        return username;
    }

    /** Buys one DV single-name certificate (the dialog's default) and opens Apply on its row under Pending Application. */
    private void buyOneDvAndOpenItsApplyPanel() {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        // The grid refreshes after the purchase and keeps recycled rows hidden: wait, then take the newest row.
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        assertThat(page.locator("#apply-names")).isVisible();
    }

    private Locator method(String label) {
        return page.locator("#apply-verification-method vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
