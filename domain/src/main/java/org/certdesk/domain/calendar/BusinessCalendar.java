package org.certdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of the CA: Monday to Friday minus statutory holidays. Holidays are data (the CA
 * admin edits them), so the calendar is rebuilt from the stored list, never hard-coded here.
 */
public final class BusinessCalendar {

    private final Set<LocalDate> holidays;

    public BusinessCalendar(Collection<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The date n business days after start. Day 0 is start itself if it is a business day,
     * otherwise the next one; a submission on Saturday counts from Monday.
     */
    public LocalDate addBusinessDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        LocalDate date = start;
        while (!isBusinessDay(date)) {
            date = date.plusDays(1);
        }
        int remaining = n;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isBusinessDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** Business days strictly after from, up to and including to; 0 if to is not after from. */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }

    public Set<LocalDate> holidays() {
        return java.util.Collections.unmodifiableSet(holidays);
    }
}
