package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console for a browser set to Simplified Chinese: the product's name and type and the
 * progress log read in Chinese, not only the labels around them. Its screenshot needs a CJK font
 * (fonts-noto-cjk, which .ci/run installs) or the glyphs are empty boxes.
 */
class ChineseConsoleBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "chinese-console-password";
    /** For what waits on the server (opening the Apply panel, submitting, refiltering) on a loaded machine. */
    private static final double SLOW = 20_000;

    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;

    @Test
    void productTypeAndProgressLogReadInChinese() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.save(Tenant.unsaved("Chinese Console " + unique));
        String username = "zh-" + unique;
        accounts.save(UserAccount.newCustomer(username, "李雷", hasher.hash(PASSWORD), tenant.id()));

        try (BrowserContext chinese = context.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 800))) {
            chinese.setDefaultTimeout(20_000);
            page = chinese.newPage();
            page.navigate(url("/login"));
            page.locator("vaadin-text-field[name='username'] input").fill(username);
            page.locator("vaadin-password-field[name='password'] input").fill(PASSWORD);
            page.locator("vaadin-password-field[name='password'] input").press("Enter");
            page.waitForCondition(() -> !page.url().contains("/login"));

            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("证书管理")).click();
            page.locator("#buy-certificates").click();
            page.locator("#buy-confirm").click();
            assertThat(page.locator("#status-filter")).containsText("待申请");
            page.waitForTimeout(300);
            waitForVaadin();
            page.locator("[data-action='apply']:visible").first().click();
            assertThat(page.getByRole(AriaRole.DIALOG)).containsText("域名验证型 证书 #", new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
            page.locator("#apply-names textarea").fill("www." + tenant.slug().value() + ".example.test");
            page.locator("#apply-contact-name input").fill("李雷");
            page.locator("#apply-contact-email input").fill("lilei@example.com");
            page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
            page.locator("#apply-submit").click();
            assertThat(page.locator("#apply-submitted")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
            page.keyboard().press("Escape");

            // The purchase left the grid filtered to Pending Application; the submitted one is Verifying now.
            page.locator("#status-filter").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("全部状态")).click();
            waitForVaadin();
            assertThat(visibleCell("CertDesk · 域名验证型 · 单域名")).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(SLOW));
            assertThat(visibleCell("审核中")).hasCount(1);
            screenshot("zh-certificates");

            page.locator(".row-action[data-action='viewProgress']:visible").first().click();
            assertThat(page.locator(".progress-panel .progress-log")).containsText("已提交申请（第 1 轮）",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        }
    }

    /** Grid cells of shown rows only: a recycled row keeps its old text, hidden. */
    private Locator visibleCell(String text) {
        return page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }
}
