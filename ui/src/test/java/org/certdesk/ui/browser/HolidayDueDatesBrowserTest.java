package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #6 in Chromium: alice's OV application waits in the queue; adam adds a holiday on its
 * first-contact day in the Business calendar view and sees the preview move; rita sees the
 * queue's and the detail's due dates skip it, without a restart; adam removes it again (with
 * confirmation), so other tests keep the seeded calendar.
 */
class HolidayDueDatesBrowserTest extends ChromiumTest {

    @Autowired
    Holidays holidays;
    @Autowired
    Clock clock;
    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;

    LocalDate holiday;

    @AfterEach
    void keepTheSeededCalendar() {
        if (holiday != null && holidays.on(holiday).isPresent()) {
            holidays.remove(holiday);
        }
    }

    @Test
    void aHolidayTheAdminAddsMovesTheDueDatesTheReviewerSees() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        BusinessCalendar before = holidays.calendar();
        // The first-contact day of an application submitted today: a business day inside both deadlines.
        holiday = before.addBusinessDays(today, 1);
        Set<LocalDate> withHoliday = new HashSet<>(before.holidays());
        withHoliday.add(holiday);
        BusinessCalendar after = new BusinessCalendar(withHoliday);
        LocalDate firstContact = after.addBusinessDays(today, 1);
        LocalDate decision = after.addBusinessDays(today, 7);
        assertThat(firstContact).isAfter(before.addBusinessDays(today, 1));
        assertThat(decision).isAfter(before.addBusinessDays(today, 7));
        long id = submittedOvApplication("alice").value();
        String name = "Company day " + UUID.randomUUID().toString().substring(0, 6);

        signIn("adam", "adam-demo");
        page.waitForCondition(() -> !page.url().contains("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Business calendar")).click();
        assertThat(page.locator("#effect-ov-first-contact")).hasText(before.addBusinessDays(today, 1).toString());
        page.locator("#holiday-add").click();
        assertThat(page.locator("#holiday-date")).containsText("Choose the date of the holiday.");
        assertThat(page.locator("#holiday-name")).containsText("Give the holiday a name.");

        page.locator("#holiday-date input").fill(holiday.toString());
        page.locator("#holiday-date input").press("Enter");
        page.locator("#holiday-name input").fill(name);
        page.locator("#holiday-add").click();
        assertThat(page.locator("#holidays vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(name)))
                .hasCount(1);
        assertThat(page.locator("#effect-ov-first-contact")).hasText(firstContact.toString());
        assertThat(page.locator("#effect-ev-decision")).hasText(decision.toString());
        screenshot("business-calendar");

        page.locator("#holiday-date input").fill(holiday.toString());
        page.locator("#holiday-date input").press("Enter");
        page.locator("#holiday-name input").fill("Twice");
        page.locator("#holiday-add").click();
        assertThat(page.locator("#holiday-date")).containsText(holiday + " is already a holiday: " + name + ".");

        switchUser("rita", "rita-demo");
        page.navigate(url("/review"));
        page.locator("#review-queue").evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        assertThat(page.locator(".decision-due[data-certificate='" + id + "']")).hasText(decision.toString());
        page.locator(".queue-open[data-certificate='" + id + "']").click();
        assertThat(page.locator("#deadline-first-contact")).hasText("First contact due " + firstContact);
        assertThat(page.locator("#deadline-decision")).hasText("Decision due " + decision);

        switchUser("adam", "adam-demo");
        page.navigate(url("/admin/holidays"));
        if (holiday.getYear() != today.getYear()) {
            page.locator("#holiday-year").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(String.valueOf(holiday.getYear()))).click();
        }
        page.locator(".holiday-remove[data-date='" + holiday + "']").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove").setExact(true)).click();
        // The grid keeps recycled rows hidden with their old text: only the visible cells count.
        assertThat(page.locator("#holidays vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(name)))
                .hasCount(0);
        assertThat(page.locator("#effect-ov-first-contact")).hasText(before.addBusinessDays(today, 1).toString());
        assertThat(holidays.on(holiday)).isEmpty();
    }

    /** alice's OV application for a fresh name, submitted now through the real use cases. */
    private CertificateId submittedOvApplication(String customer) {
        UserAccount account = accounts.findByUsername(customer).orElseThrow();
        Actor actor = new Actor(account.id(), account.username(), account.role(), account.tenantId());
        CertificateId id = buy.buy(new BuyCertificates.Command(actor, "CertDesk", ValidationType.OV, Coverage.SINGLE, 1, 1)).getFirst();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        submit.submit(new SubmitApplication.Command(actor, id, new CertificateApplication(
                Identifiers.parseLines("www.holiday-" + unique + "." + demoNames.partOf(customer)), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Carol Contact", new EmailAddress("contact-" + unique + "@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                new Organization("Holiday Trading " + unique + " Ltd", "91310000MA1FL0001X", "Limited company", "CN", "Shanghai",
                        "Shanghai", "1 Century Avenue", "200120", PhoneNumber.parse("+86 21 5555 0000")),
                null, VerificationMethod.DNS_TXT)));
        return id;
    }

    private void switchUser(String username, String password) {
        context.clearCookies();
        signIn(username, password);
        page.waitForCondition(() -> !page.url().contains("/login"));
        waitForVaadin();
    }
}
