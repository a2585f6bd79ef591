package org.certdesk.domain.review;

import java.util.Optional;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Whether an approver may approve an application now. One rule for both places that ask: the
 * reviewer's page (Approve is disabled, with this reason) and the approval itself, which refuses
 * with the same reason. Checked in the order a reviewer fixes things: the approver's role, the
 * status, the domain checks, the .gov registrant (the seed's rule), then the review evidence and
 * the EV two-person rule (EV Guidelines 5.2.4).
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    /**
     * review: the OV/EV review evidence, null for DV, which has none; govProblem: what
     * GovRegistrantRule said (it needs Whois, a network call, so the caller asks it beforehand).
     */
    public static Optional<Refusal> blocker(Actor approver, Certificate certificate, Review review, Optional<Refusal> govProblem) {
        if (approver.role() != Role.REVIEWER || approver.account() == null) {
            return Optional.of(Refusal.of("review.onlyReviewerApproves"));
        }
        if (certificate.status() != CertificateStatus.VERIFYING) {
            return Optional.of(Refusal.of("review.approveOnlyVerifying", certificate.status()));
        }
        if (!certificate.isDomainVerificationComplete()) {
            return Optional.of(Refusal.of("review.domainChecksIncomplete"));
        }
        if (govProblem.isPresent()) {
            return govProblem;
        }
        if (review == null) {
            return Optional.empty(); // DV: the domain checks are the whole validation (BR 3.2.2.4).
        }
        return review.approvalBlocker(new ReviewerId(approver.account().value()));
    }

    /** Refuses the approval with the reason blocker gives. */
    public static void check(Actor approver, Certificate certificate, Review review, Optional<Refusal> govProblem) {
        Optional<Refusal> blocker = blocker(approver, certificate, review, govProblem);
        if (blocker.isPresent()) {
            throw new DomainException(blocker.get());
        }
    }
}
