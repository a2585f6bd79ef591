package org.certdesk.domain.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.TextLimit;
import org.certdesk.domain.shared.FieldName;

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
                .orElseThrow(() -> new DomainException(Refusal.of("review.noEmailSent", String.valueOf(by))));
        entries.add(new ReviewEntry.EmailConfirmed(sent.reviewer(), at, by));
    }

    public void callRecorded(ReviewerId reviewer, PhoneNumber number, PhoneCallOutcome outcome, String note, Instant at) {
        TextLimit.atMost(note, FieldName.of("callNote"), ReviewEntry.MAX_NOTE_LENGTH);
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

    /** Why the evidence does not allow this approver to approve yet: incomplete, or for EV gathered by them. */
    public Optional<Refusal> approvalBlocker(ReviewerId approver) {
        if (!isEmailConfirmed()) {
            return Optional.of(Refusal.of("review.emailNotConfirmed"));
        }
        if (type == ValidationType.EV && !isCallConfirmed()) {
            return Optional.of(Refusal.of("review.evCallNeeded"));
        }
        if (wasRefusedByPhone()) {
            return Optional.of(Refusal.of("review.refusedByPhone"));
        }
        if (type == ValidationType.EV && entries.stream().anyMatch(e -> e.reviewer().equals(approver)
                && !(e instanceof ReviewEntry.EmailConfirmed))) {
            return Optional.of(Refusal.of("review.evTwoPerson"));
        }
        return Optional.empty();
    }

    public List<ReviewEntry> entries() {
        return List.copyOf(entries);
    }
}
