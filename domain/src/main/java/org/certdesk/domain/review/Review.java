package org.certdesk.domain.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;

/**
 * The CA staff's work on one OV/EV application round: emails, calls, and whether it is ready to
 * approve. Approval itself is a transition of the certificate; this says whether it may happen.
 * EV approval must come from a reviewer other than the one who gathered the evidence
 * (EV Guidelines 5.2.4, the two-person rule).
 */
public final class Review {

    private final ValidationType type;
    private final List<ReviewEntry> entries;

    public Review(ValidationType type, List<ReviewEntry> entries) {
        if (!type.validatesOrganization()) {
            throw new IllegalArgumentException("Only OV and EV applications are reviewed by staff");
        }
        this.type = type;
        this.entries = new ArrayList<>(entries);
    }

    public void emailSent(ReviewerId reviewer, EmailAddress to, Instant at) {
        entries.add(new ReviewEntry.VerificationEmailSent(reviewer, at, to));
    }

    public void emailConfirmed(EmailAddress by, Instant at) {
        ReviewEntry.VerificationEmailSent sent = entries.stream()
                .filter(ReviewEntry.VerificationEmailSent.class::isInstance).map(ReviewEntry.VerificationEmailSent.class::cast)
                .filter(e -> e.to().equals(by)).reduce((a, b) -> b)
                .orElseThrow(() -> new DomainException("No verification email was sent to " + by + "."));
        entries.add(new ReviewEntry.EmailConfirmed(sent.reviewer(), at, by));
    }

    public void callRecorded(ReviewerId reviewer, PhoneNumber number, PhoneCallOutcome outcome, String note, Instant at) {
        if (note != null && note.length() > ReviewEntry.MAX_NOTE_LENGTH) {
            throw new DomainException("A call note has at most " + ReviewEntry.MAX_NOTE_LENGTH + " characters.");
        }
        entries.add(new ReviewEntry.PhoneCall(reviewer, at, number, outcome, note));
    }

    public boolean isEmailConfirmed() {
        return entries.stream().anyMatch(ReviewEntry.EmailConfirmed.class::isInstance);
    }

    public boolean isCallConfirmed() {
        return lastCallOutcome() == PhoneCallOutcome.CONFIRMED;
    }

    public boolean wasRefusedByPhone() {
        return lastCallOutcome() == PhoneCallOutcome.REFUSED;
    }

    private PhoneCallOutcome lastCallOutcome() {
        return entries.stream().filter(ReviewEntry.PhoneCall.class::isInstance).map(ReviewEntry.PhoneCall.class::cast)
                .reduce((a, b) -> b).map(ReviewEntry.PhoneCall::outcome).orElse(null);
    }

    /** Refuses approval until the evidence is complete; for EV also by the evidence gatherer. */
    public void checkApprovableBy(ReviewerId approver) {
        if (!isEmailConfirmed()) {
            throw new DomainException("The applicant has not confirmed the verification email yet.");
        }
        if (type == ValidationType.EV && !isCallConfirmed()) {
            throw new DomainException("An EV application needs a confirmed phone call before approval.");
        }
        if (wasRefusedByPhone()) {
            throw new DomainException("The applicant refused the request on the phone; reject it instead.");
        }
        if (type == ValidationType.EV && entries.stream().anyMatch(e -> e.reviewer().equals(approver)
                && !(e instanceof ReviewEntry.EmailConfirmed))) {
            throw new DomainException("EV approval must come from a reviewer who did not collect the evidence.");
        }
    }

    public List<ReviewEntry> entries() {
        return List.copyOf(entries);
    }
}
