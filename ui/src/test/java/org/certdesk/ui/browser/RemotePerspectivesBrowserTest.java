package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The admin finds the remote perspectives in the menu: the five embedded agents, each up with its round trip. */
class RemotePerspectivesBrowserTest extends ChromiumTest {

    @Test
    void theAdminSeesFivePerspectivesUp() {
        signIn("adam", "adam-demo");
        assertThat(page).hasURL(landing("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Remote perspectives")).click();

        assertThat(page).hasURL(landing("/admin/perspectives"));
        assertThat(page.locator("#perspectives")).containsText("Frankfurt");
        assertThat(page.locator("#perspectives")).containsText("AFRINIC");
        assertThat(page.locator("#perspectives span[theme~='success']")).hasCount(5);
        assertThat(page.locator("#perspectives span[theme~='success']").first()).hasText(Pattern.compile("Up · [\\d,]+ ms"));
        screenshot("remote-perspectives");
    }

    private Pattern landing(String path) {
        return Pattern.compile("^" + url(path) + "(\\?continue)?$");
    }
}
