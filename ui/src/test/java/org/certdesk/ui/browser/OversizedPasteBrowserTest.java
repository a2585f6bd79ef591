package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * A paste of megabytes into the Apply panel, in Chromium (issue 14): the browser cuts it at the
 * field's maxlength; a value that arrives anyway (set by script past the maxlength, as a crafted
 * request would) is not dropped but refused with the domain's message at that field.
 */
class OversizedPasteBrowserTest extends ChromiumTest {

    @Test
    void anOversizedContactNameIsCutByTheBrowserAndRefusedAtItsFieldWhenItArrivesAnyway() {
        signIn("alice", "alice-demo");
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

}
