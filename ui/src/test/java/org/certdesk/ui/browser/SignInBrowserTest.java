package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class SignInBrowserTest extends ChromiumTest {

    @Test
    void customerSignsInAndSeesTheSslCertificatesTabs() {
        page.navigate(url("/"));
        assertThat(page).hasURL(landing("/login"));

        signIn("alice", "alice-demo");

        assertThat(page).hasURL(landing("/certificates"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SSL Certificates").setExact(true))).isVisible();
        assertThat(tab("Overview")).isVisible();
        assertThat(tab("Manage Certificates")).isVisible();
        assertThat(tab("Uploaded Certificates")).isVisible();
        assertThat(page.locator(".signed-in-user")).hasText("Alice");
        screenshot("ssl-certificates");

        tab("Manage Certificates").click();
        assertThat(page.locator("#buy-certificates")).isVisible();
        assertThat(page.locator("#status-filter")).isVisible();
    }

    @Test
    void customerIsRefusedTheReviewerArea() {
        signIn("alice", "alice-demo");
        assertThat(page).hasURL(landing("/certificates"));

        page.navigate(url("/review"));

        assertThat(page.locator("#error-title")).hasText("Access denied");
        assertThat(page.getByText("Nothing to review")).not().isVisible();
    }

    @Test
    void customerIsRefusedTheAdminArea() {
        signIn("bob", "bob-demo");
        assertThat(page).hasURL(landing("/certificates"));

        page.navigate(url("/admin"));

        assertThat(page.locator("#error-title")).hasText("Access denied");
    }

    @Test
    void reviewerAndAdminLandInTheirOwnAreas() {
        signIn("rita", "rita-demo");
        assertThat(page).hasURL(landing("/review"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review queue").setExact(true))).isVisible();

        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        assertThat(page).hasURL(landing("/login"));
        waitForVaadin();

        signIn("adam", "adam-demo");
        assertThat(page).hasURL(landing("/admin"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Administration").setExact(true))).isVisible();

        page.navigate(url("/admin/ca"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("CA certificates and CRLs"))).isVisible();
        assertThat(page.locator("#ca-certificates")).containsText("issuing (RSA)");
    }

    @Test
    void wrongPasswordShowsAClearMessage() {
        signIn("alice", "not-her-password");

        assertThat(page.getByText("Incorrect username or password")).isVisible();
        assertThat(page.getByText("Exception")).hasCount(0);
    }

    @Test
    void unknownAddressShowsPageNotFound() {
        signIn("alice", "alice-demo");
        assertThat(page).hasURL(landing("/certificates"));

        page.navigate(url("/no-such-page"));

        assertThat(page.locator("#error-title")).hasText("Page not found");
    }

    @Test
    void signedOutVisitorIsSentToSignIn() {
        page.navigate(url("/certificates"));

        assertThat(page).hasURL(landing("/login"));
        screenshot("login");
    }

    /** Spring Security's request cache may append "?continue" after sign-in. */
    private Pattern landing(String path) {
        return Pattern.compile("^" + url(path) + "(\\?continue)?$"); // no \\Q..\\E: Playwright hands the pattern to JavaScript
    }

    private Locator tab(String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }
}
