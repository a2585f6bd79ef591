package org.certdesk.application.review;

import java.time.Clock;

import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.review.ReviewerId;
import org.certdesk.domain.review.Reviews;

/**
 * Use case: a reviewer approves (the CA then issues) or rejects with a cause the customer reads.
 * Two reviewers deciding the same application at once: the aggregate's version lets exactly one
 * win; the other gets a readable conflict and nothing of theirs is written.
 */
public class DecideApplication {

    private final CertificateAccess access;
    private final Reviews reviews;
    private final IssueCertificate issueCertificate;
    private final Transactions transactions;
    private final Clock clock;

    public DecideApplication(CertificateAccess access, Reviews reviews, IssueCertificate issueCertificate,
                             Transactions transactions, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.issueCertificate = issueCertificate;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate approve(Actor actor, CertificateId id) {
        ReviewerId reviewer = new ReviewerId(actor.requireReviewer().value());
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            if (certificate.product().type().validatesOrganization()) {
                // Email confirmed, EV call confirmed, EV two-person rule (EV Guidelines 5.2.4).
                reviews.load(id, certificate.round(), certificate.product().type()).checkApprovableBy(reviewer);
            }
            access.audit(actor, certificate, "Application approved", null);
            issueCertificate.issue(certificate);
            return access.save(actor, certificate);
        });
    }

    public Certificate reject(Actor actor, CertificateId id, String cause) {
        actor.requireReviewer();
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            certificate.reject(cause, clock.instant());
            return access.save(actor, certificate);
        });
    }
}
