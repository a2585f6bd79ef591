package org.certdesk.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: the holidays changeset 009 seeds for 2026 and 2027 (the public holiday schedule
 * of the People's Republic of China, the seed product's CA), so the calendar arithmetic is
 * tested on the dates a fresh installation starts with.
 */
final class DefaultHolidays {

    private static final Map<Integer, List<String[]>> RANGES = Map.of(
            2026, List.of(
                    new String[] {"2026-01-01", "2026-01-03"}, // New Year
                    new String[] {"2026-02-15", "2026-02-23"}, // Spring Festival
                    new String[] {"2026-04-04", "2026-04-06"}, // Qingming
                    new String[] {"2026-05-01", "2026-05-05"}, // Labour Day
                    new String[] {"2026-06-19", "2026-06-21"}, // Dragon Boat Festival
                    new String[] {"2026-09-25", "2026-09-27"}, // Mid-Autumn Festival
                    new String[] {"2026-10-01", "2026-10-07"}), // National Day
            2027, List.of(
                    new String[] {"2027-01-01", "2027-01-01"},
                    new String[] {"2027-02-05", "2027-02-11"},
                    new String[] {"2027-04-05", "2027-04-05"},
                    new String[] {"2027-05-01", "2027-05-05"},
                    new String[] {"2027-06-09", "2027-06-09"},
                    new String[] {"2027-09-15", "2027-09-15"},
                    new String[] {"2027-10-01", "2027-10-07"}));

    private DefaultHolidays() {
    }

    static BusinessCalendar calendar() {
        return new BusinessCalendar(RANGES.values().stream().flatMap(List::stream)
                .flatMap(r -> LocalDate.parse(r[0]).datesUntil(LocalDate.parse(r[1]).plusDays(1)))
                .toList());
    }
}
