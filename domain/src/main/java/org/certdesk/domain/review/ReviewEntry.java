package org.certdesk.domain.review;

import java.time.Instant;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;

/** One line of an OV/EV review log: an email sent, an email confirmed, or a phone call. */
public sealed interface ReviewEntry {

    /** A reviewer's note on a call or a rejection: a few sentences, as the log column holds. */
    int MAX_NOTE_LENGTH = 1000;

    ReviewerId reviewer();

    Instant at();

    record VerificationEmailSent(ReviewerId reviewer, Instant at, EmailAddress to) implements ReviewEntry {
    }

    /** The applicant clicked the confirmation link; no reviewer acts, so the reviewer is the sender. */
    record EmailConfirmed(ReviewerId reviewer, Instant at, EmailAddress by) implements ReviewEntry {
    }

    record PhoneCall(ReviewerId reviewer, Instant at, PhoneNumber number, PhoneCallOutcome outcome, String note)
            implements ReviewEntry {
    }
}
