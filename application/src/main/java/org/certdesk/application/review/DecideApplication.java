package org.certdesk.application.review;

import java.time.Clock;
import java.util.Optional;

import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.review.ApprovalPolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.domain.review.Review;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.TextLimit;
import org.certdesk.domain.review.ReviewEntry;

/**
 * Use case: a reviewer approves (the CA then issues) or rejects with a cause the customer reads.
 * Approval is refused for the reason ApprovalPolicy gives, the same one the reviewer's page shows
 * on the disabled Approve button. Both decisions carry the version the reviewer looked at: a
 * decision taken on a page a colleague has changed since is refused, never applied blind; of two
 * reviewers deciding at once, the aggregate's version lets exactly one win.
 */
public class DecideApplication {

    private final CertificateAccess access;
    private final Reviews reviews;
    private final GovRegistrantRule govRule;
    private final IssueCertificate issueCertificate;
    private final Transactions transactions;
    private final Clock clock;

    public DecideApplication(CertificateAccess access, Reviews reviews, GovRegistrantRule govRule, IssueCertificate issueCertificate,
                             Transactions transactions, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.govRule = govRule;
        this.issueCertificate = issueCertificate;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate approve(Actor actor, CertificateId id, long seenVersion) {
        actor.requireReviewer();
        // Whois is a network call: asked before the transaction, so no connection waits on it.
        Certificate seen = current(actor, id, seenVersion);
        Optional<Refusal> govProblem = seen.application().flatMap(a -> govRule.problemWith(seen.product().type(), a));
        return transactions.inTransaction(() -> {
            Certificate certificate = current(actor, id, seenVersion);
            ApprovalPolicy.check(actor, certificate, reviewOf(certificate), govProblem);
            access.audit(actor, certificate, "Application approved", null);
            issueCertificate.issue(certificate);
            return access.save(actor, certificate);
        });
    }

    public Certificate reject(Actor actor, CertificateId id, long seenVersion, RejectionCause cause, String note) {
        actor.requireReviewer();
        if (cause == null) {
            throw new DomainException(Refusal.of("review.chooseCause", FieldName.of("rejectionCause")));
        }
        String text = note == null || note.isBlank() ? null : TextLimit.atMost(note.strip(), FieldName.of("rejectionNote"), ReviewEntry.MAX_NOTE_LENGTH);
        if (cause == RejectionCause.OTHER && text == null) {
            throw new DomainException(Refusal.of("review.describeCause", FieldName.of("rejectionNote")));
        }
        String shown = text == null ? cause.text() + "." : cause.text() + ": " + text;
        return transactions.inTransaction(() -> {
            Certificate certificate = current(actor, id, seenVersion);
            certificate.reject(shown, clock.instant());
            return access.save(actor, certificate);
        });
    }

    /** The OV/EV review evidence of the current round; DV has none. */
    private Review reviewOf(Certificate certificate) {
        return certificate.product().type().validatesOrganization()
                ? reviews.load(certificate.id(), certificate.round(), certificate.product().type()) : null;
    }

    private Certificate current(Actor actor, CertificateId id, long seenVersion) {
        Certificate certificate = access.load(actor, id);
        if (certificate.version() != seenVersion) {
            throw new ConcurrentChangeException();
        }
        return certificate;
    }
}
