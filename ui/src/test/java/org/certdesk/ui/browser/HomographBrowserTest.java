package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.domain.name.DomainName;
import org.junit.jupiter.api.Test;

/**
 * IDN homographs in Chromium (issue 14): a mixed-script name is refused at the names field, a
 * name wholly in Cyrillic that reads as Latin is warned about, and the grid and the progress
 * panel show the A-label beside the Unicode name.
 */
class HomographBrowserTest extends ChromiumTest {

    @Test
    void aCustomerIsStoppedAtTheFieldForAMixedScriptNameAndSeesTheALabelOfALookalikeInTheGrid() {
        // Cyrillic "аррӏе" and digits only: Latin hex in the label would make it mixed-script.
        String lookalike = "аррӏе-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + ".example.test";
        String aLabel = DomainName.parse(lookalike).ascii();
        signIn("alice", "alice-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-contact-name input").fill("Alice Admin");
        page.locator("#apply-contact-email input").fill("alice@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");

        page.locator("#apply-names textarea").fill("аpple.com");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-names")).hasAttribute("invalid", "");
        assertThat(page.locator("#apply-names [slot='error-message']")).hasText("'аpple.com' (xn--pple-43d.com) mixes Cyrillic,"
                + " Latin letters in the label 'аpple', which is how a name imitates another; write each label in one script.");
        assertThat(page.locator("#apply-submitted")).hasCount(0);

        page.locator("#apply-names textarea").fill(lookalike);
        page.locator("#apply-names textarea").press("Tab");
        assertThat(page.locator("#apply-names-lookalikes")).containsText(lookalike + " (" + aLabel + ") can be mistaken for apple-");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();

        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        waitForVaadin();
        page.locator("#domain-search input").fill(aLabel);
        page.locator("#domain-search input").press("Enter");
        page.waitForTimeout(600);
        waitForVaadin();
        assertThat(page.locator(".certificate-name:visible")).hasText(new String[] {lookalike + " (" + aLabel + ")"});

        page.locator("[data-action='viewProgress']:visible").click();
        assertThat(page.locator("#progress-lookalikes")).containsText("can be mistaken for apple-");
        screenshot("homograph-progress");
    }
}
