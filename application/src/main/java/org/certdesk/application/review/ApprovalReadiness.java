package org.certdesk.application.review;

import java.util.Optional;

import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.review.Review;
import org.certdesk.domain.review.ReviewerId;
import org.certdesk.domain.shared.DomainException;

/**
 * Why an approval would be refused right now, in the order a reviewer fixes things: the
 * status, the domain checks, the .gov registrant (the seed's rule), then the review evidence and
 * the EV two-person rule (EV Guidelines 5.2.4) as Review.checkApprovableBy states them.
 */
final class ApprovalReadiness {

    private ApprovalReadiness() {
    }

    /**
     * govProblem: what GovRegistrantRule said about the application (it needs Whois, so the caller
     * asks it); review: the OV/EV review evidence, null for DV, which has none.
     */
    static Optional<String> blocker(Certificate certificate, Review review, ReviewerId approver, Optional<String> govProblem) {
        if (certificate.status() != CertificateStatus.VERIFYING) {
            return Optional.of("Only an application under verification can be approved; this certificate is "
                    + certificate.status().displayName() + ".");
        }
        if (!certificate.isDomainVerificationComplete()) {
            return Optional.of("Domain verification is not complete yet.");
        }
        if (govProblem.isPresent()) {
            return govProblem;
        }
        if (review == null) {
            return Optional.empty(); // DV: the domain checks are the whole validation (BR 3.2.2.4).
        }
        try {
            review.checkApprovableBy(approver);
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(refused.getMessage());
        }
    }
}
