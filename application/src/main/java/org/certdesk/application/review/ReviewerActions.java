package org.certdesk.application.review;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.ReviewerId;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use case: what a CA reviewer records while checking an OV/EV application — the verification
 * email sent and confirmed, phone calls and their outcome. Each is appended to the round's review
 * log and to the audit log.
 */
public class ReviewerActions {

    private final CertificateAccess access;
    private final Reviews reviews;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewerActions(CertificateAccess access, Reviews reviews, Transactions transactions, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void verificationEmailSent(Actor actor, CertificateId id) {
        ReviewerId reviewer = new ReviewerId(actor.requireReviewer().value());
        transactions.inTransaction(() -> {
            Certificate certificate = reviewable(actor, id);
            EmailAddress to = application(certificate).contact().email();
            reviews.append(id, certificate.round(), new ReviewEntry.VerificationEmailSent(reviewer, clock.instant(), to));
            access.audit(actor, certificate, "Verification email sent", to.value());
        });
    }

    /** The applicant confirmed through the emailed link; recorded by the confirming flow. */
    public void verificationEmailConfirmed(Actor actor, CertificateId id) {
        transactions.inTransaction(() -> {
            Certificate certificate = reviewable(actor, id);
            EmailAddress by = application(certificate).contact().email();
            var review = reviews.load(id, certificate.round(), certificate.product().type());
            review.emailConfirmed(by, clock.instant());
            var confirmed = review.entries().getLast();
            reviews.append(id, certificate.round(), confirmed);
            access.audit(actor, certificate, "Verification email confirmed", by.value());
        });
    }

    public void phoneCallRecorded(Actor actor, CertificateId id, PhoneCallOutcome outcome, String note) {
        ReviewerId reviewer = new ReviewerId(actor.requireReviewer().value());
        transactions.inTransaction(() -> {
            Certificate certificate = reviewable(actor, id);
            var phone = application(certificate).contact().phone();
            reviews.append(id, certificate.round(), new ReviewEntry.PhoneCall(reviewer, clock.instant(), phone, outcome, note));
            access.audit(actor, certificate, "Phone call recorded", outcome.name() + (note == null || note.isBlank() ? "" : ": " + note));
        });
    }

    private Certificate reviewable(Actor actor, CertificateId id) {
        actor.requireStaff();
        Certificate certificate = access.load(actor, id);
        if (certificate.status() != CertificateStatus.VERIFYING) {
            throw new DomainException(Refusal.of("review.onlyVerifying", certificate.status()));
        }
        if (!certificate.product().type().validatesOrganization()) {
            throw new DomainException(Refusal.of("review.dvNotReviewed"));
        }
        return certificate;
    }

    private static CertificateApplication application(Certificate certificate) {
        return certificate.application().orElseThrow();
    }
}
