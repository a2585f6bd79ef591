package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The admin's Simulation page in Chromium: reached from the navigation, validated at the field, saved. */
class SimulationBrowserTest extends ChromiumTest {

    @Test
    void adminSetsTheSpeedFactorAndSeesTheCasNewPace() {
        signIn("adam", "adam-demo");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Simulation")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Simulation").setExact(true))).isVisible();
        assertThat(page.locator("#simulation-auto-approve-dv input")).isChecked();
        assertThat(page.locator("#simulation-speed-factor input")).hasValue("1");
        assertThat(page.locator("#simulation-pace")).containsText("every 120 s");

        speed("5000");
        assertThat(page.locator("#simulation-speed-factor")).hasAttribute("invalid", "");
        assertThat(page.locator("#simulation-speed-factor")).containsText("from 1 to 1000");

        speed("100");
        assertThat(page.getByText("Simulation settings saved.")).isVisible();
        assertThat(page.locator("#simulation-pace")).hasText(
                "At this speed the CA re-checks pending domains every 1.2 s and sweeps every 36 s.");
        screenshot("admin-simulation");

        page.reload();
        assertThat(page.locator("#simulation-speed-factor input")).hasValue("100");
        speed("1"); // the other browser tests expect real time
        assertThat(page.locator("#simulation-pace")).containsText("every 120 s");
    }

    @Test
    void customerIsRefusedTheSimulationPage() {
        signIn("bob", "bob-demo");
        page.navigate(url("/admin/simulation"));

        assertThat(page.locator("#error-title")).hasText("Access denied");
    }

    private void speed(String factor) {
        page.locator("#simulation-speed-factor input").fill(factor);
        page.locator("#simulation-save").click();
        waitForVaadin();
    }
}
