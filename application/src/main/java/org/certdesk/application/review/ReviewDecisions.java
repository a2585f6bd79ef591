package org.certdesk.application.review;

import java.util.Optional;

import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.ReviewerId;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;

/**
 * Use case: the reviewer's decision as the detail view offers it. Approval first checks what
 * DecideApplication does not: the .gov registrant rule and the version the reviewer looked at,
 * so a decision taken on a page a colleague has changed since is refused, never applied blind.
 */
public class ReviewDecisions {

    private final CertificateAccess access;
    private final Reviews reviews;
    private final GovRegistrantRule govRule;
    private final DecideApplication decide;

    public ReviewDecisions(CertificateAccess access, Reviews reviews, GovRegistrantRule govRule, DecideApplication decide) {
        this.access = access;
        this.reviews = reviews;
        this.govRule = govRule;
        this.decide = decide;
    }

    public Certificate approve(Actor actor, CertificateId id, long seenVersion) {
        ReviewerId reviewer = new ReviewerId(actor.requireReviewer().value());
        Certificate certificate = current(actor, id, seenVersion);
        Optional<String> gov = certificate.application().flatMap(a -> govRule.problemWith(certificate.product().type(), a));
        var review = certificate.product().type().validatesOrganization()
                ? reviews.load(id, certificate.round(), certificate.product().type()) : null;
        Optional<String> blocker = ApprovalReadiness.blocker(certificate, review, reviewer, gov);
        if (blocker.isPresent()) {
            throw new DomainException(blocker.get());
        }
        return decide.approve(actor, id);
    }

    public Certificate reject(Actor actor, CertificateId id, long seenVersion, RejectionCause cause, String note) {
        actor.requireReviewer();
        if (cause == null) {
            throw new DomainException("Choose a cause for the rejection.");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > ReviewEntry.MAX_NOTE_LENGTH) {
            throw new DomainException("A note has at most " + ReviewEntry.MAX_NOTE_LENGTH + " characters.");
        }
        if (cause == RejectionCause.OTHER && text == null) {
            throw new DomainException("Describe the cause: the customer reads it to fix the application.");
        }
        current(actor, id, seenVersion);
        return decide.reject(actor, id, text == null ? cause.text() + "." : cause.text() + ": " + text);
    }

    private Certificate current(Actor actor, CertificateId id, long seenVersion) {
        Certificate certificate = access.load(actor, id);
        if (certificate.version() != seenVersion) {
            throw new ConcurrentChangeException();
        }
        return certificate;
    }
}
