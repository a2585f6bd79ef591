package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.account.CreateAccount;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A paste of megabytes into the Apply panel, in Chromium (issue 14): the browser cuts it at the
 * field's maxlength; a value that arrives anyway (set by script past the maxlength, as a crafted
 * request would) is not dropped but refused with the domain's message at that field.
 */
class OversizedPasteBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "paste-it-all-1234";

    @Autowired
    CreateAccount createAccount;
    @Autowired
    UserAccounts accounts;

    @Test
    void anOversizedContactNameIsCutByTheBrowserAndRefusedAtItsFieldWhenItArrivesAnyway() {
        signIn(freshCustomer(), PASSWORD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill("www.paste.example.com");
        page.locator("#apply-contact-email input").fill("carol@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");

        Locator contactName = page.locator("#apply-contact-name input");
        contactName.fill("N".repeat(5_000));
        assertThat(contactName).hasValue("N".repeat(64));

        // Past the maxlength: five megabytes reach the server in one request.
        page.locator("#apply-contact-name").evaluate("field => { field.value = 'N'.repeat(5 * 1024 * 1024); "
                + "field.dispatchEvent(new Event('change', { bubbles: true })); }");
        waitForVaadin();
        page.locator("#apply-submit").click();

        assertThat(page.locator("#apply-contact-name")).hasAttribute("invalid", "");
        assertThat(page.locator("#apply-contact-name [slot='error-message']")).hasText("Contact name may have at most 64 characters.");
        assertThat(page.locator("#apply-submitted")).isHidden();
        assertThat(page.getByText("unexpected", new Page.GetByTextOptions().setExact(false))).hasCount(0);
    }

    /** A customer of a tenant of its own, so this test's purchase counts in nobody else's list. */
    private String freshCustomer() {
        String username = "paste-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount adam = accounts.findByUsername("adam").orElseThrow();
        createAccount.create(new CreateAccount.Command(new Actor(adam.id(), adam.username(), adam.role(), adam.tenantId()), username,
                "Paste Tester", Role.CUSTOMER, null, "Paste tenant " + username, PASSWORD));
        return username;
    }
}
