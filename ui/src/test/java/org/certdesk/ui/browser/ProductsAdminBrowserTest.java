package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The admin's product catalogue decides what the customer's Buy dialog offers. */
class ProductsAdminBrowserTest extends ChromiumTest {

    @Test
    void aBrandTheAdminNarrowsAndThenDisablesChangesTheBuyDialog() {
        String brand = "Zeta " + UUID.randomUUID().toString().substring(0, 6);
        signIn("adam", "adam-demo");
        assertThat(page).hasURL(landing("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Products")).click();
        page.locator("#new-brand input").fill(brand);
        page.locator("#add-brand").click();
        assertThat(page.locator("#brands")).containsText(brand);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(brand + ": EV")).uncheck();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(brand + ": EV"))).not().isChecked();
        screenshot("products-admin");

        signOut();
        signIn("alice", "alice-demo");
        openBuyDialog();
        page.locator("#buy-brand").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(brand)).click();
        assertThat(radio("DV (domain validated)")).isVisible();
        assertThat(radio("OV (organization validated)")).isVisible();
        assertThat(radio("EV (extended validation)")).hasCount(0);

        signOut();
        signIn("adam", "adam-demo");
        page.navigate(url("/admin/products"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + brand)).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable " + brand))).isVisible();

        signOut();
        signIn("alice", "alice-demo");
        openBuyDialog();
        page.locator("#buy-brand").click();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("CertDesk").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(brand))).hasCount(0);
    }

    private void openBuyDialog() {
        assertThat(page).hasURL(landing("/certificates"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        assertThat(page.locator("#buy-brand")).isVisible();
    }

    private Locator radio(String name) {
        return page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(name));
    }

    private void signOut() {
        page.keyboard().press("Escape");
        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        assertThat(page).hasURL(landing("/login"));
        waitForVaadin();
    }

    /** Spring Security's request cache may append "?continue" after sign-in. */
    private Pattern landing(String path) {
        return Pattern.compile("^" + url(path) + "(\\?continue)?$");
    }
}
