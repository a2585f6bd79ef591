package org.certdesk.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed holiday list for 2026 and 2027, which the CA admin edits afterwards. CertDesk's
 * reference CA follows the seed's product (a CA in mainland China), so this is the public
 * holiday schedule of the People's Republic of China as published by the State Council for
 * 2026 (New Year, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day),
 * and the same festivals on their 2027 dates (2027's official notice, with its make-up working
 * weekends, is published late in 2026 and is entered by the admin). Make-up working Saturdays
 * are not modelled: a weekend day is never a business day here.
 */
public final class DefaultHolidays {

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

    public static List<LocalDate> dates() {
        return RANGES.values().stream().flatMap(List::stream)
                .flatMap(r -> LocalDate.parse(r[0]).datesUntil(LocalDate.parse(r[1]).plusDays(1)))
                .sorted()
                .toList();
    }

    public static List<LocalDate> datesIn(int year) {
        return dates().stream().filter(d -> d.getYear() == year).toList();
    }

    static Stream<LocalDate> stream() {
        return dates().stream();
    }
}
