package org.certdesk.domain.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * When a tenant wants expiry reminders (SPEC "Notifications"): the first one {@code leadDays}
 * (30, 60 or 90) before notAfter, then again every {@code repeatDays} (1, 3 or 7; 0 = only once)
 * until the certificate is renewed, revoked or expires. Days are UTC calendar days, so a
 * reminder is never sent twice on the same day.
 */
public record ReminderPreference(int leadDays, int repeatDays) {

    public static final List<Integer> LEAD_DAYS = List.of(30, 60, 90);
    public static final List<Integer> REPEAT_DAYS = List.of(0, 1, 3, 7);
    /** SPEC: "default 30 days before"; repeated weekly so one missed mail is not the only warning. */
    public static final ReminderPreference DEFAULT = new ReminderPreference(30, 7);

    public ReminderPreference {
        if (!LEAD_DAYS.contains(leadDays)) {
            throw new DomainException(Refusal.of("reminder.leadDays", String.valueOf(leadDays)));
        }
        if (!REPEAT_DAYS.contains(repeatDays)) {
            throw new DomainException(Refusal.of("reminder.repeatDays", String.valueOf(repeatDays)));
        }
    }

    public static int longestLeadDays() {
        return LEAD_DAYS.getLast();
    }

    /** Whether a reminder for a certificate valid until notAfter is due now, given when the last one went out. */
    public boolean isDue(Instant notAfter, Optional<Instant> lastSent, Instant now) {
        if (!now.isBefore(notAfter) || now.isBefore(notAfter.minus(Duration.ofDays(leadDays)))) {
            return false;
        }
        if (lastSent.isEmpty()) {
            return true;
        }
        if (repeatDays == 0) {
            return false;
        }
        LocalDate today = day(now);
        return !today.isBefore(day(lastSent.get()).plusDays(repeatDays));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
