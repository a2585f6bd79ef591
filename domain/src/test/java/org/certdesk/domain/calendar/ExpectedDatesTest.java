package org.certdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.certdesk.domain.certificate.ValidationType;
import org.junit.jupiter.api.Test;

class ExpectedDatesTest {

    private final BusinessCalendar calendar = DefaultHolidays.calendar();

    @Test
    void dvIsExpectedInOneToTwoBusinessDaysWithNoCaContact() {
        ExpectedDates dates = ExpectedDates.forSubmission(ValidationType.DV, LocalDate.of(2026, 11, 26), calendar);

        assertThat(dates.issuedEarliest()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(dates.issuedLatest()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(dates.firstContactBy()).isNull();
    }

    @Test
    void ovIsExpectedInThreeToSevenBusinessDaysWithContactWithinOne() {
        ExpectedDates dates = ExpectedDates.forSubmission(ValidationType.OV, LocalDate.of(2026, 11, 25), calendar);

        assertThat(dates.firstContactBy()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(dates.issuedEarliest()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(dates.issuedLatest()).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void evSubmittedBeforeNationalDayWaitsForTheHolidayWeek() {
        ExpectedDates dates = ExpectedDates.forSubmission(ValidationType.EV, LocalDate.of(2026, 9, 30), calendar);

        assertThat(dates.firstContactBy()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(dates.issuedLatest()).isEqualTo(LocalDate.of(2026, 10, 16));
    }

    @Test
    void overdueOnlyAfterTheLatestDate() {
        ExpectedDates dates = ExpectedDates.forSubmission(ValidationType.DV, LocalDate.of(2026, 11, 26), calendar);

        assertThat(dates.isOverdueOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(dates.isOverdueOn(LocalDate.of(2026, 12, 1))).isTrue();
    }
}
