package org.certdesk.crashbench;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * A customer's DV journey in headless Chromium through the load balancer: sign in as the demo
 * customer, buy, apply, publish the record in the demo zone, Verify now, Issued. Sticky sessions
 * keep every step on one node (Vaadin's UI state lives in that node's memory).
 */
final class DvJourneyThroughTheBalancer {

    private DvJourneyThroughTheBalancer() {
    }

    /** The certificate's name and the node that served the journey (HAProxy's cookie). */
    record Journey(String name, String node) {
    }

    static Journey run(String balancerUrl, Path screenshots) {
        return signedIn(balancerUrl, (context, page) -> {

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
            page.locator("#buy-certificates").click();
            page.locator("#buy-confirm").click();
            assertThat(page.locator("#status-filter")).containsText("Pending Application");
            page.waitForTimeout(1_000);
            page.locator("[data-action='apply']:visible").first().click();
            String name = "lb-" + UUID.randomUUID().toString().substring(0, 8) + ".acme-corporation.example.test";
            page.locator("#apply-names textarea").fill(name);
            page.locator("#apply-contact-name input").fill("Alice Admin");
            page.locator("#apply-contact-email input").fill("alice@example.com");
            page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
            page.locator("#apply-submit").click();
            assertThat(page.locator("#apply-submitted")).isVisible();
            page.locator("#publish-demo").click();
            assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
            page.locator("#verify-now").click();
            assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("cluster-dv-journey.png")));
            return new Journey(name, node(context));
        });
    }

    /**
     * After a node died: a new browser session signs in through the balancer (on whichever node is
     * left) and finds the certificate submitted and issued before, as Issued.
     *
     * @return the node that served the new session
     */
    static String signInAgainAndFind(String balancerUrl, String name, Path screenshots) {
        return signedIn(balancerUrl, (context, page) -> {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
            page.locator("#domain-search input").fill(name);
            page.locator("#domain-search input").press("Enter");
            assertThat(page.locator(".certificate-name:visible")).hasText(new String[] {name});
            assertThat(page.locator(".status-badge:visible")).containsText(new String[] {"Issued"});
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("cluster-after-node-death.png")));
            return node(context);
        });
    }

    /** A fresh headless Chromium whose page has signed alice in through the balancer. */
    private static <T> T signedIn(String balancerUrl, BiFunction<BrowserContext, Page, T> steps) {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                     .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
             BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800))) {
            context.setDefaultTimeout(30_000);
            // Two consoles, three databases and Chromium on two cores: slower than the browser tests' machine.
            PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
            Page page = context.newPage();
            signIn(page, balancerUrl);
            return steps.apply(context, page);
        }
    }

    private static void signIn(Page page, String balancerUrl) {
        page.navigate(balancerUrl + "/login");
        page.locator("vaadin-text-field[name='username'] input").fill("alice");
        page.locator("vaadin-password-field[name='password'] input").fill("alice-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static String node(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("CERTDESK_NODE")).map(c -> c.value).findFirst()
                .orElseThrow(() -> new IllegalStateException("HAProxy set no CERTDESK_NODE cookie"));
    }
}
