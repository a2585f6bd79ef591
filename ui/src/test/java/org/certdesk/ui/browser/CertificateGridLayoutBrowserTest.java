package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
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
 * The Manage Certificates grid at 1400 px (issue 15): the type and validity columns show their
 * text in full, headers included, and a certificate of the demo zone carries the "demo" marker
 * (SPEC) while one without demo names does not.
 */
class CertificateGridLayoutBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "grid-layout-password";

    /** Each cell of the product and validity columns, header included: its text, and whether it fits its cell. */
    private static final String CELLS = """
            () => {
              const grid = document.querySelector('vaadin-grid.certificate-grid');
              const contents = [...grid.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.offsetParent !== null
                  && (c.querySelector('.certificate-product, .certificate-validity')
                      || ['Brand and type', 'Valid (UTC)'].includes(c.textContent.trim())));
              return contents.map(c => ({ text: c.textContent.trim(), scrollWidth: c.scrollWidth, clientWidth: c.clientWidth }));
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
    void typeAndValidityShowInFullAndDemoCertificatesAreMarked() {
        signIn(username, PASSWORD);
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-quantity input").fill("2");
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
        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        waitForVaadin();

        assertThat(page.locator(".certificate-names:visible")).hasCount(2);
        assertThat(page.locator(".demo-marker:visible")).hasCount(1);
        assertThat(page.locator(".certificate-names:visible", new Page.LocatorOptions().setHasText(name)).locator(".demo-marker"))
                .hasText("demo");
        assertThat(page.locator(".certificate-validity:visible").first()).containsText("→");

        List<Map<String, Object>> cells = (List<Map<String, Object>>) page.evaluate(CELLS);
        org.assertj.core.api.Assertions.assertThat(cells).as("2 headers and 2 rows of 2 columns").hasSize(6)
                .allSatisfy(cell -> org.assertj.core.api.Assertions.assertThat(((Number) cell.get("scrollWidth")).intValue())
                        .as("width of %s", cell.get("text")).isLessThanOrEqualTo(((Number) cell.get("clientWidth")).intValue()));
        screenshot("grid-at-1400px");
    }
}
