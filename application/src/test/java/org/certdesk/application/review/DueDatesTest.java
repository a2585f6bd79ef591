package org.certdesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.certdesk.domain.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    /** A week-long holiday (as around 1 October) makes the business days skip a whole week. */
    private final BusinessCalendar calendar = new BusinessCalendar(List.of(
            LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)));
    private final DueDates dueDates = new DueDates(calendar);

    @Test
    void theSqlCutOffAgreesWithTheDeadlineForEverySubmissionDay() {
        for (LocalDate today = LocalDate.of(2026, 9, 20); today.isBefore(LocalDate.of(2026, 10, 31)); today = today.plusDays(1)) {
            for (int days : new int[] {DueDates.FIRST_CONTACT_DAYS, DueDates.DECISION_DAYS}) {
                var cutOff = dueDates.overdueBefore(days, today);
                for (LocalDate submitted = today.minusDays(40); !submitted.isAfter(today); submitted = submitted.plusDays(1)) {
                    boolean overdue = today.isAfter(calendar.addBusinessDays(submitted, days));
                    boolean beforeCutOff = submitted.atTime(12, 0).toInstant(ZoneOffset.UTC).isBefore(cutOff);
                    assertThat(beforeCutOff).as("submitted %s, today %s, %d business days", submitted, today, days)
                            .isEqualTo(overdue);
                }
            }
        }
    }

    @Test
    void theDecisionIsDueSevenBusinessDaysLaterSkippingHolidays() {
        var dates = dueDates.of(org.certdesk.domain.certificate.ValidationType.OV,
                LocalDate.of(2026, 9, 30).atTime(10, 0).toInstant(ZoneOffset.UTC));

        assertThat(dates.firstContactBy()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(dates.issuedLatest()).isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void anApplicationNobodyContactedIsOverdueAfterTheFirstContactDay() {
        var dates = dueDates.of(org.certdesk.domain.certificate.ValidationType.OV,
                LocalDate.of(2026, 11, 2).atTime(10, 0).toInstant(ZoneOffset.UTC));
        LocalDate dayAfterContactDue = dates.firstContactBy().plusDays(1);

        assertThat(dueDates.isOverdue(dates, false, dayAfterContactDue)).isTrue();
        assertThat(dueDates.isOverdue(dates, true, dayAfterContactDue)).isFalse();
        assertThat(dueDates.isOverdue(dates, true, dates.issuedLatest().plusDays(1))).isTrue();
    }
}
