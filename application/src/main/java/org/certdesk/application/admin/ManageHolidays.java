package org.certdesk.application.admin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.ExpectedDates;
import org.certdesk.domain.calendar.Holiday;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.NotPermittedException;

/**
 * Use case: the CA admin keeps the business calendar's statutory holidays (a year's list, add,
 * remove) and sees what the calendar does to the OV/EV due dates of a submission. Admins only;
 * every edit is in the audit log. A holiday on a Saturday or Sunday is accepted, since official
 * holiday periods are published with their weekend days, but it moves no due date (weekends are
 * never business days), and the result says so.
 */
public class ManageHolidays {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final Holidays holidays;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public ManageHolidays(Holidays holidays, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.holidays = holidays;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<Holiday> inYear(Actor actor, int year) {
        requireAdmin(actor);
        return holidays.inYear(requireSupported(year));
    }

    /** Records the holiday; refused when the date already has one. */
    public Added add(Actor actor, LocalDate date, String name) {
        requireAdmin(actor);
        if (date == null) {
            throw new DomainException(Refusal.of("holiday.chooseDate", FieldName.of("holidayDate")));
        }
        requireSupported(date.getYear());
        Holiday holiday = new Holiday(date, name);
        return transactions.inTransaction(() -> {
            holidays.on(date).ifPresent(existing -> {
                throw new DomainException(Refusal.of("holiday.already", date.toString(), existing.name(), FieldName.of("holidayDate")));
            });
            holidays.add(holiday);
            audit(actor, "Holiday added", holiday);
            return new Added(holiday, !holiday.fallsOnAWeekend());
        });
    }

    /** Removes the date's holiday, so it is a business day again if it is a weekday. */
    public Holiday remove(Actor actor, LocalDate date) {
        requireAdmin(actor);
        if (date == null) {
            throw new DomainException(Refusal.of("holiday.chooseToRemove"));
        }
        return transactions.inTransaction(() -> {
            Holiday holiday = holidays.on(date)
                    .orElseThrow(() -> new DomainException(Refusal.of("holiday.notAHoliday", date.toString())));
            holidays.remove(date);
            audit(actor, "Holiday removed", holiday);
            return holiday;
        });
    }

    /** The OV and EV due dates of an application submitted on the day, on the current calendar. */
    public List<DueDatePreview> effectOn(Actor actor, LocalDate submittedOn) {
        requireAdmin(actor);
        if (submittedOn == null) {
            throw new DomainException(Refusal.of("holiday.chooseSubmissionDay"));
        }
        BusinessCalendar calendar = holidays.calendar();
        return List.of(ValidationType.OV, ValidationType.EV).stream().map(type -> {
            ExpectedDates dates = ExpectedDates.forSubmission(type, submittedOn, calendar);
            return new DueDatePreview(type, submittedOn, dates.firstContactBy(), dates.issuedLatest());
        }).toList();
    }

    /** Today in the calendar's time zone (due dates are UTC days), for the preview's default. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private void audit(Actor actor, String action, Holiday holiday) {
        auditLog.record(AuditEntry.of(actor, clock.instant(), null, null, action, null, null,
                holiday.date() + " " + holiday.name()));
    }

    private static int requireSupported(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DomainException(Refusal.of("holiday.years", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR), FieldName.of("holidayDate")));
        }
        return year;
    }

    private static void requireAdmin(Actor actor) {
        if (actor.role() != Role.ADMIN || actor.account() == null) {
            throw new NotPermittedException(Refusal.of("permission.calendar"));
        }
    }

    /** An added holiday, and whether it moves due dates (false on a weekend). */
    public record Added(Holiday holiday, boolean movesDueDates) {
    }

    /** When an application of the type submitted on the day must be first contacted and decided. */
    public record DueDatePreview(ValidationType type, LocalDate submittedOn, LocalDate firstContactBy, LocalDate decisionBy) {
    }
}
