package org.certdesk.application.verification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * Use case: "Verify now" (and the scheduled re-check). For every name not verified yet, check
 * CAA (BR 3.2.2.8) and then the DNS record or file (BR 3.2.2.4.7 / 3.2.2.4.18); each attempt is
 * recorded with what was seen. A failed check keeps the status Verifying (seed). A DV application
 * whose names are all verified is issued at once when DV auto-approval is on, and otherwise
 * waits in the reviewers' queue.
 */
public class CheckDomainsNow {

    private final CertificateAccess access;
    private final DomainVerificationCheck ownershipCheck;
    private final CaaCheck caaCheck;
    private final IssueCertificate issueCertificate;
    private final IssuancePolicy policy;
    private final Transactions transactions;
    private final Clock clock;
    /** Asked at each check: the admin's simulation setting applies without a restart. */
    private final BooleanSupplier autoApproveDv;
    private final DvReviewRequests reviewRequests;

    public CheckDomainsNow(CertificateAccess access, DomainVerificationCheck ownershipCheck, CaaCheck caaCheck,
                           IssueCertificate issueCertificate, IssuancePolicy policy, Transactions transactions, Clock clock,
                           BooleanSupplier autoApproveDv, DvReviewRequests reviewRequests) {
        this.access = access;
        this.ownershipCheck = ownershipCheck;
        this.caaCheck = caaCheck;
        this.issueCertificate = issueCertificate;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.autoApproveDv = autoApproveDv;
        this.reviewRequests = reviewRequests;
    }

    public record Result(CertificateStatus status, List<VerificationAttempt> attempts) {
    }

    public Result check(Actor actor, CertificateId id) {
        // Lookups run outside the transaction: a slow DNS server must not hold database locks.
        Certificate snapshot = transactions.inTransaction(() -> access.load(actor, id));
        if (!snapshot.allows(CertificateAction.VERIFY_NOW, clock.instant())) {
            return new Result(snapshot.status(), List.of());
        }
        List<Checked> results = snapshot.verifications().stream().filter(v -> !v.isVerified())
                .map(v -> new Checked(v, attempt(v))).toList();
        if (results.isEmpty() && isVerifiedDv(snapshot) && !autoApproves(snapshot)) {
            // Held for a reviewer: nothing to record, and no new version under the reviewer's page.
            transactions.inTransaction(() -> reviewRequests.request(id, snapshot.round(), clock.instant()));
            return new Result(snapshot.status(), List.of());
        }
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            for (Checked checked : results) {
                if (certificate.status() == CertificateStatus.VERIFYING
                        && !certificate.verificationOf(checked.verification().identifier()).isVerified()) {
                    certificate.recordVerificationAttempt(checked.verification().identifier(), checked.attempt(), policy);
                }
            }
            if (isVerifiedDv(certificate)) {
                if (autoApproves(certificate)) {
                    issueCertificate.issue(certificate);
                } else {
                    reviewRequests.request(id, certificate.round(), clock.instant());
                }
            }
            Certificate saved = access.save(actor, certificate);
            return new Result(saved.status(), results.stream().map(Checked::attempt).toList());
        });
    }

    /**
     * A name that can pass for a Latin one (a whole-script confusable, UTS #39) is a High Risk
     * Certificate Request (BR 1.6.1): it waits for a reviewer even where DV is approved
     * automatically, since BR 4.2.1 asks for more scrutiny before approval.
     */
    private boolean autoApproves(Certificate certificate) {
        boolean highRisk = certificate.application().stream()
                .anyMatch(a -> a.identifiers().domainNames().stream().anyMatch(n -> n.latinLookalike().isPresent()));
        return autoApproveDv.getAsBoolean() && !highRisk;
    }

    private static boolean isVerifiedDv(Certificate certificate) {
        return certificate.product().type() == ValidationType.DV && certificate.status() == CertificateStatus.VERIFYING
                && certificate.isDomainVerificationComplete();
    }

    private VerificationAttempt attempt(DomainVerification verification) {
        Optional<String> caaRefusal = verification.identifier() instanceof DomainName name
                ? caaCheck.refusalFor(name) : Optional.empty();
        return caaRefusal.map(refusal -> VerificationAttempt.failed(clock.instant(), refusal, null))
                .orElseGet(() -> ownershipCheck.check(verification, clock.instant()));
    }

    private record Checked(DomainVerification verification, VerificationAttempt attempt) {
    }
}
