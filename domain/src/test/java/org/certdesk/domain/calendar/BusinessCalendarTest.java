package org.certdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessCalendarTest {

    private final BusinessCalendar noHolidays = new BusinessCalendar(List.of());
    private final BusinessCalendar defaults = DefaultHolidays.calendar();

    @Test
    void weekendIsNotABusinessDay() {
        assertThat(noHolidays.isBusinessDay(LocalDate.of(2026, 11, 28))).isFalse(); // Saturday
        assertThat(noHolidays.isBusinessDay(LocalDate.of(2026, 11, 29))).isFalse(); // Sunday
        assertThat(noHolidays.isBusinessDay(LocalDate.of(2026, 11, 30))).isTrue(); // Monday
    }

    @Test
    void holidayOnAWeekdayIsNotABusinessDay() {
        LocalDate nationalDay = LocalDate.of(2026, 10, 1); // Thursday
        assertThat(nationalDay.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);

        assertThat(defaults.isBusinessDay(nationalDay)).isFalse();
        assertThat(noHolidays.isBusinessDay(nationalDay)).isTrue();
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            "2026-11-25, 0, 2026-11-25", // Wednesday itself
            "2026-11-25, 1, 2026-11-26",
            "2026-11-26, 2, 2026-11-30", // Thursday + 2 skips the weekend
            "2026-11-27, 1, 2026-11-30", // Friday + 1 is Monday
            "2026-11-28, 0, 2026-11-30", // Saturday counts from Monday
            "2026-11-28, 1, 2026-12-01",
            "2026-11-25, 7, 2026-12-04"})
    void addingBusinessDaysSkipsWeekends(LocalDate start, int days, LocalDate expected) {
        assertThat(noHolidays.addBusinessDays(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} business days = {2}")
    @CsvSource({
            "2026-09-30, 1, 2026-10-08", // National Day week, Oct 1-7
            "2026-09-24, 1, 2026-09-28", // Mid-Autumn Friday Sep 25 and weekend
            "2026-02-13, 1, 2026-02-24", // Spring Festival Feb 15-23
            "2026-12-31, 1, 2027-01-04", // New Year Friday, then weekend
            "2027-04-02, 1, 2027-04-06"}) // Qingming Monday
    void addingBusinessDaysSkipsDefaultHolidays(LocalDate start, int days, LocalDate expected) {
        assertThat(defaults.addBusinessDays(start, days)).isEqualTo(expected);
    }

    @Test
    void adminEditedHolidayIsSkipped() {
        BusinessCalendar withExtra = new BusinessCalendar(List.of(LocalDate.of(2026, 11, 26)));

        assertThat(withExtra.addBusinessDays(LocalDate.of(2026, 11, 25), 1)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void businessDaysBetweenCountsOnlyWorkingDaysAfterTheStart() {
        assertThat(defaults.businessDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9))).isEqualTo(2);
        assertThat(defaults.businessDaysBetween(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9))).isZero();
    }
}
