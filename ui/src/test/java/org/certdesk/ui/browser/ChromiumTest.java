package org.certdesk.ui.browser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the browser tests: the whole console on a random port (embedded MariaDB, demo data)
 * driven by Debian's headless Chromium through Playwright. `.ci/run` installs Chromium. Whois
 * goes to a loopback server the tests control; it is started before the Spring context and
 * registered here, so every browser class shares one context.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    static final LoopbackWhois WHOIS = LoopbackWhois.start();

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @DynamicPropertySource
    static void whoisOnLoopback(DynamicPropertyRegistry registry) {
        registry.add("certdesk.whois.host", () -> "127.0.0.1");
        registry.add("certdesk.whois.port", WHOIS::port);
    }

    @BeforeAll
    static void launchChromium() {
        // Playwright must not download a browser of its own: there is no network for it here.
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name='username'] input").fill(username);
        page.locator("vaadin-password-field[name='password'] input").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /**
     * Types a domain search and waits until the grid settled: the field applies lazily (400 ms)
     * and each refresh re-creates the row components, so clicking earlier can hit a detached one.
     */
    void searchDomain(String name) {
        page.locator("#domain-search input").fill(name);
        page.locator("#domain-search input").press("Enter");
        page.waitForTimeout(600);
        waitForVaadin();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".certificate-name:visible"))
                .hasText(new String[] {name});
    }

    /** Manage Certificates, Buy (the dialog's default: one DV single-domain certificate), Apply on the new row. */
    void buyAndOpenApply() {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
    }

    /** The names and a contact, as a customer fills the open Apply form. */
    void fillApplication(String names) {
        page.locator("#apply-names textarea").fill(names);
        page.locator("#apply-contact-name input").fill("Casey Customer");
        page.locator("#apply-contact-email input").fill("casey@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
    }

    /** Submit, until the panel shows what to publish. */
    void submitApplication() {
        page.locator("#apply-submit").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#apply-submitted")).isVisible();
    }

    /** From the submitted Apply panel: Publish in the demo zone, Verify now, issued. */
    void publishAndVerifyInTheDemoZone() {
        page.locator("#publish-demo").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#verify-now").click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();
    }

    /** A DV certificate for the names, bought, applied for and issued through the demo zone. */
    void buyApplyAndIssueInTheDemoZone(String names) {
        buyAndOpenApply();
        fillApplication(names);
        submitApplication();
        publishAndVerifyInTheDemoZone();
    }

    /** Until no server round trip is pending. */
    void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    /**
     * Opens a combo box's list by its toggle button once the server is idle, again if a late focus
     * change from the server closed it: a click that lands while a panel is still opening is lost.
     */
    void openComboBox(Locator comboBox) {
        for (int attempt = 1; ; attempt++) {
            waitForVaadin();
            comboBox.locator("[part~='toggle-button']").click();
            try {
                comboBox.and(page.locator("[opened]")).waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                page.locator("vaadin-combo-box-item:visible").first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                return;
            } catch (TimeoutError stillClosed) {
                if (attempt == 3) {
                    throw stillClosed;
                }
                page.keyboard().press("Escape");
            }
        }
    }

    void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", name + ".png")));
    }
}
