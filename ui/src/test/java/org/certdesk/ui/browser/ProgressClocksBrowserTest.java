package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.Holidays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #15 in Chromium: an OV application's Apply panel and Progress panel show the domain step
 * (what to publish, Publish in the demo zone, Verify now), and the Progress panel's SLA clocks say
 * who is waited on and by when, a holiday the CA admin adds moving the due date shown.
 */
class ProgressClocksBrowserTest extends OvJourneyTest {

    private static final Company COMPANY = new Company("Clockwork Trading Ltd", "91310000MA1FL0001X");

    @Autowired
    Holidays holidays;
    @Autowired
    Clock clock;

    LocalDate holiday;

    @AfterEach
    void keepTheSeededCalendar() {
        if (holiday != null && holidays.on(holiday).isPresent()) {
            holidays.remove(holiday);
        }
    }

    @Test
    void anOvApplicationIsToldItsNamesNeedVerifyingAndVerifiesThemFromThePanels() {
        String name = "ov-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        signIn("alice", "alice-demo");
        buyOvAndFillApplication(name, COMPANY, "carol@example.com");
        submit();
        assertThat(page.locator("#apply-domains-too")).containsText("Approval also waits on domain verification");
        assertThat(page.locator(".apply-panel .dns-host").first()).hasText("_dnsauth." + name);
        page.keyboard().press("Escape");

        showOnly(name);
        page.locator(".row-action[data-action='viewProgress']:visible").click();
        assertThat(page.locator("#progress-domains-too")).isVisible();
        assertThat(page.locator("#progress-waiting-on")).containsText("Waiting on you since today");
        page.locator("#progress-publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible();
        page.locator("#progress-verify-now").click();
        assertThat(page.locator(".progress-panel .instruction-card")).containsText("Verified");
        assertThat(page.locator("#progress-domains-too")).isHidden();
        // The names are proven; the CA's first contact is what is awaited now.
        assertThat(page.locator("#progress-waiting-on")).containsText("Waiting on the CA since today");
    }

    @Test
    void theProgressPanelsDueDatesSkipAHolidayTheAdminAdds() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        BusinessCalendar before = holidays.calendar();
        holiday = before.addBusinessDays(today, 1);
        Set<LocalDate> withHoliday = new HashSet<>(before.holidays());
        withHoliday.add(holiday);
        BusinessCalendar after = new BusinessCalendar(withHoliday);
        String name = "clock-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        signIn("alice", "alice-demo");
        buyOvAndFillApplication(name, COMPANY, "carol@example.com");
        submit();
        submittedId(name);

        openProgress(name);
        Locator firstContact = step("Organization verification").locator(".step-due");
        assertThat(firstContact).hasText("Due " + day(before.addBusinessDays(today, 1), today));
        assertThat(step("CA review").locator(".step-due")).hasText("Due " + day(before.addBusinessDays(today, 7), today));
        assertThat(step("Organization verification").locator(".clock-waiting")).containsText("Waiting on the CA since today");
        assertThat(step("Domain verification").locator(".clock-waiting")).containsText("Waiting on you since today");
        assertThat(page.locator("#progress-clock-sides")).containsText("waiting on you");
        assertThat(page.locator(".progress-panel .overdue")).hasCount(0);

        signInAs("adam", "adam-demo");
        page.navigate(url("/admin/holidays"));
        page.locator("#holiday-date input").fill(holiday.toString());
        page.locator("#holiday-date input").press("Enter");
        page.locator("#holiday-name input").fill("Clock day " + UUID.randomUUID().toString().substring(0, 6));
        page.locator("#holiday-add").click();
        assertThat(page.locator("#effect-ov-first-contact")).hasText(after.addBusinessDays(today, 1).toString());

        signInAs("alice", "alice-demo");
        page.navigate(url("/certificates"));
        openManageCertificates();
        openProgress(name);
        assertThat(step("Organization verification").locator(".step-due"))
                .hasText("Due " + day(after.addBusinessDays(today, 1), today));
        assertThat(step("CA review").locator(".step-due")).hasText("Due " + day(after.addBusinessDays(today, 7), today));
        assertThat(after.addBusinessDays(today, 7)).isAfter(before.addBusinessDays(today, 7));
        screenshot("progress-panel");
    }

    /** The first submission in a fresh JVM generates a key pair on a busy machine: allow it more than 5 s. */
    private void submit() {
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    private void openProgress(String name) {
        showOnly(name);
        page.locator(".row-action[data-action='viewProgress']:visible").click();
        assertThat(page.locator("#progress-status")).hasText("Verifying");
    }

    private Locator step(String label) {
        return page.locator(".progress-panel .progress-step").filter(new Locator.FilterOptions().setHasText(label));
    }

    /** The panel's words for a day, in English: tomorrow, or "Wed 9 Dec" (with the year when it differs). */
    private static String day(LocalDate date, LocalDate today) {
        if (date.equals(today.plusDays(1))) {
            return "tomorrow";
        }
        return DateTimeFormatter.ofPattern(date.getYear() == today.getYear() ? "EEE d MMM" : "d MMM yyyy", Locale.ENGLISH).format(date);
    }
}
