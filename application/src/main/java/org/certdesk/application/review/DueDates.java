package org.certdesk.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.ExpectedDates;
import org.certdesk.domain.certificate.ValidationType;

/**
 * Review deadlines on the CA's business calendar (dates in UTC): first contact within 1
 * business day of the submission, the decision within 7 (ExpectedDates).
 */
final class DueDates {

    static final int FIRST_CONTACT_DAYS = 1;
    static final int DECISION_DAYS = 7;
    /** DV is issued within 2 business days (ExpectedDates); a held one is overdue after that. */
    static final int DV_DECISION_DAYS = 2;

    private final BusinessCalendar calendar;

    DueDates(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    ExpectedDates of(ValidationType type, Instant submittedAt) {
        return ExpectedDates.forSubmission(type, day(submittedAt), calendar);
    }

    boolean isOverdue(ExpectedDates dates, boolean contacted, LocalDate today) {
        // DV has no first-contact deadline: the CA never calls a DV applicant.
        return today.isAfter(dates.issuedLatest())
                || (!contacted && dates.firstContactBy() != null && today.isAfter(dates.firstContactBy()));
    }

    /**
     * The start of the earliest submission day that is not yet overdue for a deadline of n
     * business days: anything submitted before it is overdue today. Deadlines never move
     * backwards as the submission day moves forwards, so walking back from today finds it.
     */
    Instant overdueBefore(int businessDays, LocalDate today) {
        LocalDate earliestOnTime = today;
        while (!calendar.addBusinessDays(earliestOnTime.minusDays(1), businessDays).isBefore(today)) {
            earliestOnTime = earliestOnTime.minusDays(1);
        }
        return earliestOnTime.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
