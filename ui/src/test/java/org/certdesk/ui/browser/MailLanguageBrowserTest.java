package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The customer's choice of mail language in Chromium: picked from the select, saved, shown again after a reload. */
class MailLanguageBrowserTest extends ChromiumTest {

    @Test
    void customerChoosesChineseMailsInNotificationSettings() {
        signIn("bob", "bob-demo");
        page.navigate(url("/settings/notifications"));

        assertThat(page.locator("#mail-language")).containsText("Mail language");
        assertThat(page.locator("#mail-language")).containsText("The language of every mail about your certificates.");
        choose("简体中文");
        assertThat(page.getByText("Notification settings saved.")).isVisible();
        screenshot("customer-mail-language");

        page.reload();
        assertThat(page.locator("#mail-language vaadin-select-value-button")).hasText("简体中文");
    }

    /** The browser tests share a database: bob's other mails stay English. */
    @AfterEach
    void backToEnglish() {
        page.navigate(url("/settings/notifications"));
        choose("English");
        page.reload();
        assertThat(page.locator("#mail-language vaadin-select-value-button")).hasText("English");
    }

    private void choose(String language) {
        page.locator("#mail-language").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language)).click();
        page.locator("#reminder-save").click();
        waitForVaadin();
    }
}
