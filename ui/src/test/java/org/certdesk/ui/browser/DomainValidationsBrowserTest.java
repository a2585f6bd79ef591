package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The evidence ledger in Chromium (issue 12): a DV certificate issued through the demo zone and
 * renewed at once; "Domain validations" lists its validation with method, BR section, countdown
 * and the renewal that reused it, whose details say so. Another customer cannot open the tenant's
 * ledger by its address; a CA admin can.
 */
class DomainValidationsBrowserTest extends ChromiumTest {

    @Autowired
    DemoNames demoNames;
    @Autowired
    JdbcClient jdbc;

    /** Issuing answers slower than a click on a machine shared with other builds. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        context.setDefaultTimeout(60_000);
    }

    @AfterEach
    void usualAssertionTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void theLedgerShowsTheValidationItsCountdownAndTheRenewalThatReusedIt() {
        String name = "ledger-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        signIn("alice", "alice-demo");
        buyApplyAndIssueInTheDemoZone(name);
        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        waitForVaadin();
        searchDomain(name);
        page.locator("[data-action='renew']:visible").first().click();
        assertThat(page.getByText("the earlier domain validation is reused")).isVisible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Domain validations")).click();
        page.waitForURL("**/domain-validations");
        page.reload();
        assertThat(page.locator("#ledger-policy")).containsText("Validation done today may be reused for 200 days (BR 4.2.1).");
        assertThat(page.locator("#ledger-policy")).containsText("From 15 Mar 2027 the period is 100 days.");
        page.locator("#ledger-search input").fill(name);
        page.locator("#ledger-search input").press("Enter");
        page.waitForTimeout(600);
        waitForVaadin();
        Locator ledger = page.locator("#domain-validations");
        assertThat(nameCells(ledger, name)).hasCount(1);
        assertThat(ledger).containsText("DNS TXT record (BR 3.2.2.4.7)");
        // BR 3.2.2.9: the five embedded perspective agents corroborated it.
        for (String perspective : new String[] {"Virginia", "Frankfurt", "Singapore", "São Paulo", "Johannesburg"}) {
            assertThat(ledger).containsText(perspective);
        }
        Locator badge = ledger.locator(".reuse-badge:visible");
        assertThat(badge).hasCount(1);
        assertThat(badge).hasText(Pattern.compile("Reusable for \\d+ more days"));
        assertThat(badge).hasClass(Pattern.compile("reuse-reusable"));
        Locator reusedBy = ledger.locator(".ledger-reused-by:visible");
        assertThat(reusedBy).containsText(Pattern.compile("Reused by Certificate #\\d+ on "));
        page.waitForTimeout(300);
        screenshot("domain-validations");

        reusedBy.locator("a").click();
        assertThat(page.locator("#details-evidence .evidence-reused")).containsText("Validation reused from ");
        page.goBack();
        String tenant = String.valueOf(jdbc.sql("SELECT tenant_id FROM domain_validation WHERE name = :name")
                .param("name", name).query(Long.class).single());

        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL("**/login");
        signIn("bob", "bob-demo");
        assertThat(page.locator("#sign-out")).isVisible();
        page.navigate(url("/domain-validations/" + tenant));
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.locator(".reuse-badge")).hasCount(0);

        page.navigate(url("/"));
        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL("**/login");
        signIn("adam", "adam-demo");
        assertThat(page.locator("#sign-out")).isVisible();
        page.navigate(url("/domain-validations/" + tenant));
        page.locator("#ledger-search input").fill(name);
        page.locator("#ledger-search input").press("Enter");
        page.waitForTimeout(600);
        waitForVaadin();
        assertThat(nameCells(page.locator("#domain-validations"), name)).hasCount(1);
    }

    /** The grid keeps the cells of rows a search filtered out, hidden; only the shown ones count. */
    private static Locator nameCells(Locator grid, String name) {
        return grid.locator(".ledger-name:visible", new Locator.LocatorOptions().setHasText(
                // A JavaScript regular expression: no \\Q…\\E quoting there.
                Pattern.compile("^" + name.replace(".", "\\.") + "$")));
    }
}
