package org.certdesk.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/** A statutory holiday the CA does not work on: a date and what it is called ("National Day"). */
public record Holiday(LocalDate date, String name) {

    public static final int MAX_NAME_LENGTH = 100;

    public Holiday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new DomainException(Refusal.of("holiday.nameRequired", FieldName.of("holidayName")));
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new DomainException(Refusal.of("holiday.nameTooLong", String.valueOf(MAX_NAME_LENGTH), FieldName.of("holidayName")));
        }
    }

    /** Saturdays and Sundays are never business days, so a holiday there moves no due date. */
    public boolean fallsOnAWeekend() {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
