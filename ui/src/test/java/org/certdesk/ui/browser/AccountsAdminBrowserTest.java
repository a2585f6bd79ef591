package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The admin's Accounts page: a new reviewer signs in and works; once disabled, sign-in is refused readably. */
class AccountsAdminBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "ruth-reviews-1234";

    @Test
    void adminCreatesAReviewerWhoSignsInAndIsRefusedOnceDisabled() {
        String username = "ruth-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("adam", "adam-demo");
        assertThat(page).hasURL(landing("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts")).click();
        assertThat(page).hasURL(landing("/admin/accounts"));
        assertThat(page.locator("#accounts")).containsText("alice");

        page.locator("#new-account").click();
        page.locator("#new-account-username input").fill("alice");
        page.locator("#new-account-display-name input").fill("Ruth Reviewer");
        page.locator("#new-account-password input").fill(PASSWORD);
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("New tenant")).check();
        page.locator("#new-account-confirm").click();
        assertThat(page.getByText("That username is taken; choose another.")).isVisible();
        assertThat(page.locator("#new-account-username")).hasAttribute("invalid", "");

        page.locator("#new-account-username input").fill(username);
        page.locator("#new-account-confirm").click();
        assertThat(page.getByText("A customer belongs to a tenant: choose one or name a new one.")).isVisible();
        assertThat(page.locator("#new-account-new-tenant")).hasAttribute("invalid", "");
        assertThat(page.locator("#new-account-username")).not().hasAttribute("invalid", "");

        page.locator("#new-account-role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("CA reviewer")).click();
        page.locator("#new-account-password input").fill("too-short");
        page.locator("#new-account-confirm").click();
        assertThat(page.locator("#new-account-password")).hasAttribute("invalid", "");
        assertThat(page.getByText("A password has at least 12 characters.")).isVisible();

        page.locator("#new-account-password input").fill(PASSWORD);
        page.locator("#new-account-confirm").click();
        assertThat(page.locator("#new-account-confirm")).isHidden();
        assertThat(page.locator("#accounts")).containsText(username);
        screenshot("accounts-admin");

        signOut();
        signIn(username, PASSWORD);
        assertThat(page).hasURL(landing("/review"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review queue").setExact(true))).isVisible();
        assertThat(page.locator(".signed-in-user")).hasText("Ruth Reviewer");

        signOut();
        signIn("adam", "adam-demo");
        assertThat(page).hasURL(landing("/admin"));
        page.navigate(url("/admin/accounts"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + username)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable " + username))).isVisible();

        signOut();
        signIn(username, PASSWORD);
        assertThat(page.getByText("This account is disabled")).isVisible();
        assertThat(page).not().hasURL(landing("/review"));

        signIn(username, "not-the-password");
        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertThat(page.getByText("This account is disabled")).hasCount(0);
    }

    @Test
    void aSignedInPersonWhoseAccountIsDisabledIsSignedOutAtTheNextClick() {
        String username = "leaver-" + UUID.randomUUID().toString().substring(0, 6);
        signIn("adam", "adam-demo");
        assertThat(page).hasURL(landing("/admin"));
        page.navigate(url("/admin/accounts"));
        page.locator("#new-account").click();
        page.locator("#new-account-username input").fill(username);
        page.locator("#new-account-display-name input").fill("Lee Leaver");
        page.locator("#new-account-role").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("CA reviewer")).click();
        page.locator("#new-account-password input").fill(PASSWORD);
        page.locator("#new-account-confirm").click();
        assertThat(page.locator("#accounts")).containsText(username);

        BrowserContext leaversBrowser = context.browser().newContext(new Browser.NewContextOptions().setLocale("en-US"));
        try {
            Page leaver = leaversBrowser.newPage();
            leaver.navigate(url("/login"));
            leaver.locator("vaadin-text-field[name='username'] input").fill(username);
            leaver.locator("vaadin-password-field[name='password'] input").fill(PASSWORD);
            leaver.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(leaver).hasURL(Pattern.compile(".*/review(\\?continue)?$"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable " + username)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enable " + username))).isVisible();

            leaver.navigate(url("/review"));
            assertThat(leaver).hasURL(Pattern.compile(".*/login(\\?.*)?$"));
            assertThat(leaver.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review queue"))).hasCount(0);
        } finally {
            leaversBrowser.close();
        }
    }

    private void signOut() {
        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        assertThat(page).hasURL(landing("/login"));
        waitForVaadin();
    }

    /** Spring Security's request cache may append "?continue" after sign-in. */
    private Pattern landing(String path) {
        return Pattern.compile("^" + url(path) + "(\\?continue)?$");
    }
}
