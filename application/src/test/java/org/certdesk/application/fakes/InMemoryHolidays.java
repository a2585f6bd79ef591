package org.certdesk.application.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.Holiday;
import org.certdesk.domain.calendar.Holidays;

/** The CA admin's holiday list, kept in memory; the calendar always reflects the last edit. */
public final class InMemoryHolidays implements Holidays {

    private final TreeMap<LocalDate, Holiday> byDate = new TreeMap<>();

    @Override
    public List<Holiday> inYear(int year) {
        return byDate.values().stream().filter(h -> h.date().getYear() == year).toList();
    }

    @Override
    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    @Override
    public void add(Holiday holiday) {
        byDate.putIfAbsent(holiday.date(), holiday);
    }

    @Override
    public boolean remove(LocalDate date) {
        return byDate.remove(date) != null;
    }

    @Override
    public BusinessCalendar calendar() {
        return new BusinessCalendar(byDate.keySet());
    }
}
