package org.certdesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console works under its Content-Security-Policy (issue 14, headers): Chromium reports no
 * violation, neither as a securitypolicyviolation event nor on the console, on the pages each
 * role opens and in the dialogs they use most.
 */
class ContentSecurityPolicyBrowserTest extends ChromiumTest {

    private final List<String> consoleViolations = new ArrayList<>();

    @BeforeEach
    void listenForViolations() {
        context.addInitScript("window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation',"
                + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                consoleViolations.add(message.text());
            }
        });
    }

    @Test
    void signInAndConfirmationPagesRunUnderThePolicy() {
        page.navigate(url("/login"));
        assertNoViolations("/login");
        page.navigate(url("/confirm/ABCDEFGHJKLMNPQRSTUVWXYZ23456789"));
        page.locator("#confirm-email").click();
        // Retries until the server's answer is shown (reading the text at once raced it).
        PlaywrightAssertions.assertThat(page.locator("#confirm-result")).hasText(Pattern.compile("\\S"));
        assertNoViolations("/confirm");
    }

    @Test
    void customerPagesRunUnderThePolicy() {
        signIn("alice", "alice-demo");
        page.waitForURL(url("/certificates") + "**");
        assertNoViolations("/certificates");
        for (String tab : List.of("Manage Certificates", "Uploaded Certificates", "Overview")) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab)).click();
            assertNoViolations(tab);
        }
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        assertNoViolations("Buy certificates dialog");
        page.navigate(url("/settings/notifications"));
        assertNoViolations("/settings/notifications");
    }

    @Test
    void staffPagesRunUnderThePolicy() {
        signIn("rita", "rita-demo");
        page.waitForURL(url("/review") + "**");
        assertNoViolations("/review");
        page.locator("#sign-out").click(new com.microsoft.playwright.Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL(url("/login") + "**");
        waitForVaadin();

        signIn("adam", "adam-demo");
        page.waitForURL(url("/admin") + "**");
        for (String path : List.of("/admin", "/admin/accounts", "/admin/products", "/admin/holidays", "/admin/simulation",
                "/admin/audit", "/admin/demo-zone", "/admin/ca", "/admin/outbox")) {
            page.navigate(url(path));
            assertNoViolations(path);
        }
    }

    private void assertNoViolations(String where) {
        waitForVaadin();
        page.waitForTimeout(300);
        @SuppressWarnings("unchecked")
        List<String> reported = (List<String>) page.evaluate("() => window.__cspViolations || []");
        assertThat(reported).as("securitypolicyviolation on " + where).isEmpty();
        assertThat(consoleViolations).as("console on " + where).isEmpty();
    }
}
