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

        // As a reviewer reads on: the wheel over the facts, until the end of the page.
        page.mouse().move(640, 500);
        for (int turn = 0; turn < 10; turn++) {
            page.mouse().wheel(0, 800);
        }
        assertThat(page.locator("#detail-back")).not().isInViewport();
        assertThat(approve).isInViewport();
        assertThat(page.locator("#reject")).isInViewport();
        screenshot("review-detail-bottom");
    }
}
