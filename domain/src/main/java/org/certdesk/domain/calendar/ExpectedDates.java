package org.certdesk.domain.calendar;

import java.time.LocalDate;
import org.certdesk.domain.certificate.ValidationType;

/**
 * When things should happen after a submission, from the seed's review durations: DV issued in
 * 1-2 business days; OV/EV in 3-7 business days, with the CA's first call or email within
 * 1 business day. firstContactBy is null for DV, where the CA contacts no one.
 */
public record ExpectedDates(LocalDate submittedOn, LocalDate issuedEarliest, LocalDate issuedLatest,
                            LocalDate firstContactBy) {

    public static ExpectedDates forSubmission(ValidationType type, LocalDate submittedOn, BusinessCalendar calendar) {
        if (type == ValidationType.DV) {
            return new ExpectedDates(submittedOn, calendar.addBusinessDays(submittedOn, 1),
                    calendar.addBusinessDays(submittedOn, 2), null);
        }
        return new ExpectedDates(submittedOn, calendar.addBusinessDays(submittedOn, 3),
                calendar.addBusinessDays(submittedOn, 7), calendar.addBusinessDays(submittedOn, 1));
    }

    public boolean isOverdueOn(LocalDate date) {
        return date.isAfter(issuedLatest);
    }
}
