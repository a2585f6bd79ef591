package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.ui.DemoNames;
import org.certdesk.ui.review.OvApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reviewer's decision stays on a 1280x800 screen (issue 15): Approve is in the viewport when
 * an OV application opens, and still after scrolling to the bottom of its facts and logs; the
 * email and call actions start above the fold.
 */
class ReviewDecisionInSightBrowserTest extends ChromiumTest {

    /** As patient as the page's actions (ChromiumTest): on a loaded machine a round trip can exceed the default 5 s. */
    @org.junit.jupiter.api.BeforeAll
    static void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;

    @Test
    void approveIsInTheViewportWithoutScrollingAndAfterScrollingToTheBottom() {
        var submitted = new OvApplications(accounts, buy, submit, demoNames).submitted("alice");
        assertThat(page.viewportSize().width).isEqualTo(1280);
        assertThat(page.viewportSize().height).isEqualTo(800);

        signIn("rita", "rita-demo");
        page.waitForCondition(() -> !page.url().contains("/login"));
        page.navigate(url("/review/" + submitted.id().value()));
        Locator approve = page.locator("#approve");
        approve.waitFor();
        waitForVaadin();

        assertThat(approve).isInViewport();
        assertThat(page.locator("#send-email")).isInViewport();
        assertThat(page.locator("#record-call")).isInViewport();
        screenshot("review-detail-top");

        scrollToTheBottom();
        assertThat(approve).isInViewport();
        assertThat(page.locator("#reject")).isInViewport();
        screenshot("review-detail-bottom");
    }

    /** Scrolls every scrollable container of the page (the document or the app layout's content) to its end. */
    private void scrollToTheBottom() {
        Object scrolled = page.evaluate("""
                () => {
                  let moved = 0;
                  const all = [document.scrollingElement, ...document.querySelectorAll('*')];
                  for (const element of all) {
                    if (element && element.scrollHeight > element.clientHeight + 1) {
                      const before = element.scrollTop;
                      element.scrollTop = element.scrollHeight;
                      moved += element.scrollTop - before;
                    }
                  }
                  return moved;
                }""");
        assertThat(((Number) scrolled).intValue()).as("the page is long enough to scroll").isPositive();
    }
}
