package org.certdesk.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.ui.DemoNames;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.ui.review.OvApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every element id is unique on the console's main views and dialogs, in Chromium (issue 14):
 * a duplicate id makes a label, an ARIA reference or a test point at the wrong element.
 */
class NoDuplicateIdsBrowserTest extends ChromiumTest {

    /** The ids that occur more than once in the page's light DOM (each shadow root has its own id space). */
    private static final String DUPLICATE_IDS = """
            () => {
              const counts = {};
              for (const element of document.querySelectorAll('[id]')) {
                if (element.id) counts[element.id] = (counts[element.id] || 0) + 1;
              }
              return Object.entries(counts).filter(([, n]) => n > 1).map(([id, n]) => id + ' x' + n);
            }""";

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;

    @Test
    void theCustomersViewsAndDialogsHaveNoDuplicateIds() {
        signIn("alice", "alice-demo");
        assertUniqueIds("overview");

        tab("Manage Certificates");
        assertUniqueIds("manage certificates");
        page.locator("#buy-certificates").click();
        assertUniqueIds("buy dialog");
        page.locator("#buy-confirm").click();
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").isVisible();
        assertUniqueIds("apply panel");
        page.keyboard().press("Escape");

        tab("Uploaded Certificates");
        assertUniqueIds("uploaded certificates");
        page.locator("#upload-certificate").click();
        page.locator("#upload-certificate-pem").isVisible();
        assertUniqueIds("upload dialog");
        assertThat(page.locator("#upload-certificate").count()).isEqualTo(1);

        visit("/settings/notifications");
        visit("/acme-accounts");
    }

    @Test
    void theReviewersAndTheAdminsViewsHaveNoDuplicateIds() {
        OvApplications fixtures = new OvApplications(accounts, buy, submit, demoNames);
        var submitted = fixtures.submitted("alice");

        signIn("rita", "rita-demo");
        visit("/review");
        visit("/review/" + submitted.id().value());

        context.clearCookies();
        signIn("adam", "adam-demo");
        page.waitForCondition(() -> !page.url().contains("/login"));
        for (String view : List.of("/admin", "/admin/accounts", "/admin/products", "/admin/holidays", "/admin/audit",
                "/admin/demo-zone", "/admin/acme", "/admin/simulation", "/admin/outbox", "/admin/ca")) {
            visit(view);
        }
        page.navigate(url("/admin/accounts"));
        page.locator("#new-account").click();
        waitForVaadin();
        assertUniqueIds("new account dialog");
    }

    private void visit(String path) {
        page.navigate(url(path));
        waitForVaadin();
        assertThat(page.url()).as("signed in and allowed on " + path).doesNotContain("/login");
        assertUniqueIds(path);
    }

    private void tab(String name) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name)).click();
        waitForVaadin();
    }

    @SuppressWarnings("unchecked")
    private void assertUniqueIds(String where) {
        waitForVaadin();
        List<String> duplicates = (List<String>) page.evaluate(DUPLICATE_IDS);
        assertThat(duplicates).as("duplicate ids on " + where).isEmpty();
    }

}
