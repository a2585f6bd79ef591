package org.certdesk.adapters.persistence.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.admin.ManageHolidays;
import org.certdesk.application.admin.ManageHolidays.DueDatePreview;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holiday;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The business calendar's holidays on MariaDB: seeded by changeset 009, edited by the admin
 * through ManageHolidays, kept across a fresh adapter (as after a restart), never edited by
 * customers or reviewers, and the cached calendar follows every committed edit.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class HolidaysPersistenceTest {

    /** A Wednesday and a Saturday in a year nothing else in the test database uses. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2031, 3, 12);
    private static final LocalDate SATURDAY = LocalDate.of(2031, 3, 15);

    @Autowired
    TestActors actors;
    @Autowired
    Holidays holidays;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Transactions transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    ManageHolidays manage;
    Actor admin;

    @BeforeEach
    void setUp() {
        manage = new ManageHolidays(holidays, auditLog, transactions, clock);
        admin = actors.staff(Role.ADMIN);
    }

    @AfterEach
    void removeTestHolidays() {
        jdbc.sql("DELETE FROM holiday WHERE YEAR(holiday_date) = 2031").update();
    }

    @Test
    void theStatutoryHolidaysAreSeededWithTheirNames() {
        assertThat(manage.inYear(admin, 2026)).contains(new Holiday(LocalDate.of(2026, 10, 1), "National Day"),
                new Holiday(LocalDate.of(2026, 2, 17), "Spring Festival")).hasSize(33).isSortedAccordingTo(
                java.util.Comparator.comparing(Holiday::date));
        assertThat(manage.inYear(admin, 2027)).contains(new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"));
        assertThat(holidays.calendar().isBusinessDay(LocalDate.of(2026, 10, 8))).isTrue();
        assertThat(holidays.calendar().addBusinessDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void anAddedHolidayIsListedKeptAfterAReloadAndRemovable() {
        assertThat(holidays.calendar().isBusinessDay(WEDNESDAY)).as("calendar cached before the edit").isTrue();

        ManageHolidays.Added added = manage.add(admin, WEDNESDAY, " Company anniversary ");

        assertThat(added.holiday()).isEqualTo(new Holiday(WEDNESDAY, "Company anniversary"));
        assertThat(added.movesDueDates()).isTrue();
        assertThat(manage.inYear(admin, 2031)).containsExactly(new Holiday(WEDNESDAY, "Company anniversary"));
        assertThat(holidays.calendar().isBusinessDay(WEDNESDAY)).as("the cached calendar follows the edit").isFalse();
        JdbcHolidays afterRestart = new JdbcHolidays(jdbc);
        assertThat(afterRestart.inYear(2031)).containsExactly(new Holiday(WEDNESDAY, "Company anniversary"));
        assertThat(afterRestart.calendar().isBusinessDay(WEDNESDAY)).isFalse();
        assertThat(auditDetails()).contains("Holiday added: " + WEDNESDAY + " Company anniversary by " + admin.username());

        assertThat(manage.remove(admin, WEDNESDAY).name()).isEqualTo("Company anniversary");

        assertThat(manage.inYear(admin, 2031)).isEmpty();
        assertThat(holidays.calendar().isBusinessDay(WEDNESDAY)).isTrue();
        assertThat(auditDetails()).contains("Holiday removed: " + WEDNESDAY + " Company anniversary by " + admin.username());
        assertThatThrownBy(() -> manage.remove(admin, WEDNESDAY))
                .isInstanceOf(DomainException.class).hasMessageContaining("is not a holiday");
    }

    @Test
    void aSecondHolidayOnTheSameDateIsRefusedNamingTheFirst() {
        manage.add(admin, WEDNESDAY, "Company anniversary");

        assertThatThrownBy(() -> manage.add(admin, WEDNESDAY, "Something else"))
                .isInstanceOf(DomainException.class).hasMessage(WEDNESDAY + " is already a holiday: Company anniversary.");
        assertThat(manage.inYear(admin, 2031)).extracting(Holiday::name).containsExactly("Company anniversary");
    }

    @Test
    void aWeekendHolidayIsKeptButMovesNoDueDate() {
        LocalDate friday = SATURDAY.minusDays(1);
        LocalDate before = manage.effectOn(admin, friday).getFirst().firstContactBy();

        ManageHolidays.Added added = manage.add(admin, SATURDAY, "Official holiday period");

        assertThat(added.movesDueDates()).isFalse();
        assertThat(manage.effectOn(admin, friday).getFirst().firstContactBy()).isEqualTo(before).isEqualTo(friday.plusDays(3));
    }

    @Test
    void theDueDatePreviewSkipsAnAddedHoliday() {
        LocalDate tuesday = WEDNESDAY.minusDays(1);
        assertThat(manage.effectOn(admin, tuesday)).containsExactly(
                new DueDatePreview(ValidationType.OV, tuesday, WEDNESDAY, LocalDate.of(2031, 3, 20)),
                new DueDatePreview(ValidationType.EV, tuesday, WEDNESDAY, LocalDate.of(2031, 3, 20)));

        manage.add(admin, WEDNESDAY, "Company anniversary");

        assertThat(manage.effectOn(admin, tuesday)).containsExactly(
                new DueDatePreview(ValidationType.OV, tuesday, WEDNESDAY.plusDays(1), LocalDate.of(2031, 3, 21)),
                new DueDatePreview(ValidationType.EV, tuesday, WEDNESDAY.plusDays(1), LocalDate.of(2031, 3, 21)));
    }

    @Test
    void badInputIsRefusedWithAReadableMessage() {
        assertThatThrownBy(() -> manage.add(admin, null, "Company anniversary")).hasMessage("Choose the holiday's date.");
        assertThatThrownBy(() -> manage.add(admin, WEDNESDAY, " ")).hasMessage("A holiday needs a name.");
        assertThatThrownBy(() -> manage.inYear(admin, 1999)).hasMessage("Holidays are kept for the years 2000 to 2100.");
        assertThatThrownBy(() -> manage.remove(admin, null)).hasMessage("Choose the holiday to remove.");
        assertThatThrownBy(() -> manage.effectOn(admin, null)).hasMessage("Choose the day of the submission.");
        assertThat(manage.inYear(admin, 2031)).isEmpty();
    }

    @Test
    void customersAndReviewersCannotEditTheCalendar() {
        Actor customer = actors.customer();
        Actor reviewer = actors.staff(Role.REVIEWER);

        for (Actor refused : new Actor[] {customer, reviewer}) {
            assertThatThrownBy(() -> manage.add(refused, WEDNESDAY, "Company anniversary")).isInstanceOf(NotPermittedException.class)
                    .hasMessage("Only a CA admin can edit the business calendar.");
            assertThatThrownBy(() -> manage.remove(refused, LocalDate.of(2026, 10, 1))).isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> manage.inYear(refused, 2026)).isInstanceOf(NotPermittedException.class);
        }
        assertThat(manage.inYear(admin, 2031)).isEmpty();
        assertThat(holidays.on(LocalDate.of(2026, 10, 1))).isPresent();
    }

    private java.util.List<String> auditDetails() {
        return jdbc.sql("SELECT CONCAT(action, ': ', detail, ' by ', actor) FROM audit_entry WHERE certificate_id IS NULL"
                        + " AND detail LIKE '2031-%' ORDER BY id")
                .query(String.class).list();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
