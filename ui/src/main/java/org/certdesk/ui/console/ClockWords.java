package org.certdesk.ui.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.certdesk.domain.calendar.Party;
import org.certdesk.domain.calendar.SlaClocks;

/**
 * The SLA clocks in the reader's language: "Waiting on you since yesterday 14:05", "due Wed
 * 9 Dec", "1 d 4 h". Dates relative to the moment the clocks were read say today, yesterday or
 * tomorrow; others use the bundle's date pattern, since word order differs (9 Dec / 12月9日).
 * The CA counts days in UTC, so the times shown are UTC too.
 */
final class ClockWords {

    private final Component translator;
    private final LocalDate today;

    ClockWords(Component translator, SlaClocks clocks) {
        this(translator, clocks.asOf());
    }

    ClockWords(Component translator, Instant asOf) {
        this.translator = translator;
        this.today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** "Waiting on you since 2 Dec" */
    String waiting(Party party, Instant since) {
        return text("clock.waiting." + party.name(), moment(since));
    }

    /** A day near today in words, otherwise its date: "today", "tomorrow", "Wed 9 Dec". */
    String day(LocalDate date) {
        long offset = date.toEpochDay() - today.toEpochDay();
        if (offset >= -1 && offset <= 1) {
            return text("clock.day." + (offset == -1 ? "yesterday" : offset == 0 ? "today" : "tomorrow"));
        }
        String pattern = text(date.getYear() == today.getYear() ? "clock.datePattern" : "clock.datePatternWithYear");
        return DateTimeFormatter.ofPattern(pattern, locale()).format(date);
    }

    /** A day and, for today and yesterday, the time: "yesterday 14:05 UTC". */
    String moment(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        String day = day(date);
        return Math.abs(date.toEpochDay() - today.toEpochDay()) <= 1
                ? text("clock.dayAndTime", day, DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC).format(instant))
                : day;
    }

    /** "2 d 4 h", "3 h 10 min", "5 min": two units at most, as a clock on a page needs no seconds. */
    String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes >= 24 * 60) {
            return text("clock.duration.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return text("clock.duration.hours", minutes / 60, minutes % 60);
        }
        return text("clock.duration.minutes", minutes);
    }

    /** The reader's language, as getTranslation uses it. */
    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private String text(String key, Object... parameters) {
        return translator.getTranslation(key, parameters);
    }
}
