package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Manage Certificates grid at 1400 px (issue 15): the type, status and validity columns show
 * their text in full, headers included, and a certificate of the demo zone carries the "demo"
 * marker (SPEC) while one without demo names does not. An application under way says under its
 * badge who it waits on since when, inside the cell.
 */
class CertificateGridLayoutBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "grid-layout-password";
    /** For what waits on the server (checking, issuing, submitting) on a loaded machine. */
    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(20_000);

    /** Each cell of the product and validity columns, header included: its text, and whether it fits its cell. */
    private static final String CELLS = """
            () => {
              const grid = document.querySelector('vaadin-grid.certificate-grid');
              const contents = [...grid.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.offsetParent !== null
                  && (c.querySelector('.certificate-product, .certificate-validity')
                      || ['Brand and type', 'Valid (UTC)'].includes(c.textContent.trim())));
              return contents.map(c => ({ text: c.textContent.trim(), scrollWidth: c.scrollWidth, clientWidth: c.clientWidth }));
            }""";

    /**
     * Each cell of the status column, header included. The badge is a button whose label clips
     * with an ellipsis inside its shadow root, so the label's own widths count, and the badge
     * must end before its cell's padding (past it, it clipped at the cell's edge).
     */
    private static final String STATUS_CELLS = """
            () => {
              const grid = document.querySelector('vaadin-grid.certificate-grid');
              const contents = [...grid.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.offsetParent !== null
                  && (c.querySelector('.status-badge') || c.textContent.trim() === 'Status'));
              return contents.map(c => {
                const badge = c.querySelector('.status-badge');
                const label = badge ? badge.shadowRoot.querySelector('[part="label"]') : c;
                // The badge's own words, not its tooltip's.
                const text = badge ? [...badge.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('')
                    : c.textContent;
                return { text: text.trim(), scrollWidth: c.scrollWidth, clientWidth: c.clientWidth,
                         labelScrollWidth: label.scrollWidth, labelClientWidth: label.clientWidth,
                         labelScrollHeight: label.scrollHeight, labelClientHeight: label.clientHeight,
                         beyondCell: badge ? badge.getBoundingClientRect().right
                             - (c.getBoundingClientRect().right - parseFloat(getComputedStyle(c).paddingRight)) : 0 };
              });
            }""";

    /** The shown "Waiting on … since" line: its widths, and how far it runs past its cell's content box. */
    private static final String WAITING_LINE = """
            () => {
              const line = [...document.querySelectorAll('.status-waiting-line')].find(e => e.offsetParent !== null);
              const cell = line.closest('vaadin-grid-cell-content');
              return { text: line.textContent, scrollWidth: line.scrollWidth, clientWidth: line.clientWidth,
                       beyondCell: line.getBoundingClientRect().right
                           - (cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight)) };
            }""";

    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;

    private String username;
    private String part;

    @BeforeEach
    void ownTenantAtFourteenHundredPixels() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.save(Tenant.unsaved("Grid Layout " + unique));
        username = "grid-" + unique;
        accounts.save(UserAccount.newCustomer(username, "Grid Layout", hasher.hash(PASSWORD), tenant.id()));
        part = tenant.slug().value() + ".example.test";
        page.setViewportSize(1400, 900);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typeStatusAndValidityShowInFullAndDemoCertificatesAreMarked() {
        signIn(username, PASSWORD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-quantity input").fill("3");
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        String name = "www." + part;
        page.locator("#apply-names textarea").fill(name);
        page.locator("#apply-contact-name input").fill("Gina Layout");
        page.locator("#apply-contact-email input").fill("gina@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
        page.locator("#apply-submit").click();
        page.locator("#publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#verify-now").click();
        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible(SLOW);
        page.keyboard().press("Escape");
        showAllStatuses();
        // A second one submitted and left unverified, so the grid shows three statuses.
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill("shop." + part);
        page.locator("#apply-contact-name input").fill("Gina Layout");
        page.locator("#apply-contact-email input").fill("gina@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible(SLOW);
        page.keyboard().press("Escape");
        showAllStatuses();

        assertThat(page.locator(".certificate-names:visible")).hasCount(3);
        assertThat(page.locator(".demo-marker:visible")).hasCount(2);
        assertThat(page.locator(".certificate-names:visible", new Page.LocatorOptions().setHasText(name)).locator(".demo-marker"))
                .hasText("demo");
        assertThat(page.locator(".certificate-validity:visible").first()).containsText("→");

        List<Map<String, Object>> cells = (List<Map<String, Object>>) page.evaluate(CELLS);
        org.assertj.core.api.Assertions.assertThat(cells).as("2 headers and 3 rows of 2 columns").hasSize(8)
                .allSatisfy(cell -> org.assertj.core.api.Assertions.assertThat(((Number) cell.get("scrollWidth")).intValue())
                        .as("width of %s", cell.get("text")).isLessThanOrEqualTo(((Number) cell.get("clientWidth")).intValue()));

        assertThat(page.locator(".status-badge:visible")).hasCount(3);
        // Only the application under way says who it waits on, under its badge, within the Status cell.
        assertThat(page.locator(".status-waiting-line:visible")).hasCount(1);
        assertThat(page.locator(".status-waiting-line:visible")).hasText(java.util.regex.Pattern.compile("^Waiting on you since today \\d\\d:\\d\\d UTC$"));
        Map<String, Object> waitingLine = (Map<String, Object>) page.evaluate(WAITING_LINE);
        org.assertj.core.api.Assertions.assertThat(number(waitingLine, "beyondCell")).as("waiting line inside its cell: %s", waitingLine)
                .isLessThanOrEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(number(waitingLine, "scrollWidth")).as("waiting line unclipped: %s", waitingLine)
                .isLessThanOrEqualTo(number(waitingLine, "clientWidth"));
        List<Map<String, Object>> statuses = (List<Map<String, Object>>) page.evaluate(STATUS_CELLS);
        org.assertj.core.api.Assertions.assertThat(statuses).as("the header and 3 rows").hasSize(4)
                .extracting(cell -> cell.get("text")).containsExactlyInAnyOrder("Status", "Issued", "Verifying", "Pending Application");
        org.assertj.core.api.Assertions.assertThat(statuses).allSatisfy(cell -> {
            org.assertj.core.api.Assertions.assertThat(number(cell, "scrollWidth")).as("cell width of %s", cell)
                    .isLessThanOrEqualTo(number(cell, "clientWidth"));
            org.assertj.core.api.Assertions.assertThat(number(cell, "labelScrollWidth")).as("label width of %s", cell)
                    .isLessThanOrEqualTo(number(cell, "labelClientWidth"));
            org.assertj.core.api.Assertions.assertThat(number(cell, "labelScrollHeight")).as("label height of %s", cell)
                    .isLessThanOrEqualTo(number(cell, "labelClientHeight"));
            org.assertj.core.api.Assertions.assertThat(number(cell, "beyondCell")).as("badge inside the cell's content box: %s", cell)
                    .isLessThanOrEqualTo(0);
        });
        screenshot("grid-at-1400px");
    }

    private void showAllStatuses() {
        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        waitForVaadin();
    }

    private static double number(Map<String, Object> cell, String key) {
        return ((Number) cell.get(key)).doubleValue();
    }
}
