package org.certdesk.application.verification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.port.ApprovedIssuances;
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
import org.certdesk.domain.verification.Corroboration;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.VerificationAttempt;

/**
 * Use case: "Verify now" (and the scheduled re-check). For every name not verified yet, check
 * CAA (BR 3.2.2.8) and then the DNS record or file (BR 3.2.2.4.7 / 3.2.2.4.18); each attempt is
 * recorded with what was seen. A pass of the primary is then corroborated from the remote
 * perspectives (BR 3.2.2.9), asked afresh at every attempt, and a quorum not met is a failed
 * attempt whose cause names the dissenting perspectives. A failed check keeps the status Verifying (seed). A DV application
 * whose names are all verified is approved when DV auto-approval is on (the approval is recorded
 * with the checks) and issued at once after that commit, and otherwise waits in the reviewers'
 * queue. A crash between approval and issuance leaves the approval for FinishApprovedIssuances.
 */
public class CheckDomainsNow {

    private final CertificateAccess access;
    private final DomainVerificationCheck ownershipCheck;
    private final CaaCheck caaCheck;
    private final MultiPerspectiveCorroboration corroboration;
    private final ApprovedIssuances approvals;
    private final IssueApprovedCertificate issueApproved;
    private final IssuancePolicy policy;
    private final Transactions transactions;
    private final Clock clock;
    /** Asked at each check: the admin's simulation setting applies without a restart. */
    private final BooleanSupplier autoApproveDv;
    private final DvReviewRequests reviewRequests;

    public CheckDomainsNow(CertificateAccess access, DomainVerificationCheck ownershipCheck, CaaCheck caaCheck,
                           MultiPerspectiveCorroboration corroboration, ApprovedIssuances approvals, IssueApprovedCertificate issueApproved, IssuancePolicy policy, Transactions transactions, Clock clock,
                           BooleanSupplier autoApproveDv, DvReviewRequests reviewRequests) {
        this.access = access;
        this.ownershipCheck = ownershipCheck;
        this.caaCheck = caaCheck;
        this.corroboration = corroboration;
        this.approvals = approvals;
        this.issueApproved = issueApproved;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.autoApproveDv = autoApproveDv;
        this.reviewRequests = reviewRequests;
    }

    public record Result(CertificateStatus status, List<VerificationAttempt> attempts) {
    }

    public Result check(Actor actor, CertificateId id) {
        // Lookups and the remote perspectives run outside the transaction: a slow DNS server or
        // perspective must not hold database locks.
        Certificate snapshot = transactions.inTransaction(() -> access.load(actor, id));
        if (!snapshot.allows(CertificateAction.VERIFY_NOW, clock.instant())) {
            return new Result(snapshot.status(), List.of());
        }
        List<Checked> results = snapshot.verifications().stream().filter(v -> !v.isVerified())
                .map(v -> new Checked(v, attempt(v, snapshot.tenant()))).toList();
        if (results.isEmpty() && isVerifiedDv(snapshot) && !autoApproves(snapshot)) {
            // Held for a reviewer: nothing to record, and no new version under the reviewer's page.
            transactions.inTransaction(() -> reviewRequests.request(id, snapshot.round(), clock.instant()));
            return new Result(snapshot.status(), List.of());
        }
        Recorded recorded = transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            for (Checked checked : results) {
                if (certificate.status() == CertificateStatus.VERIFYING
                        && !certificate.verificationOf(checked.verification().identifier()).isVerified()) {
                    certificate.recordVerificationAttempt(checked.verification().identifier(), checked.attempt(), policy);
                }
            }
            boolean approved = isVerifiedDv(certificate) && autoApproves(certificate);
            if (approved) {
                approvals.record(id, certificate.round(), clock.instant());
            } else if (isVerifiedDv(certificate)) {
                reviewRequests.request(id, certificate.round(), clock.instant());
            }
            Certificate saved = access.save(actor, certificate);
            return new Recorded(new Result(saved.status(), results.stream().map(Checked::attempt).toList()), approved,
                    saved.round());
        });
        if (!recorded.approved()) {
            return recorded.result();
        }
        // After the approval's commit: a crash from here on leaves an open approval for the restart sweep.
        CertificateStatus status = issueApproved.issue(actor, id, recorded.round()).map(Certificate::status)
                .orElse(recorded.result().status());
        return new Result(status, recorded.result().attempts());
    }

    private record Recorded(Result result, boolean approved, int round) {
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

    private VerificationAttempt attempt(DomainVerification verification, org.certdesk.domain.account.TenantId tenant) {
        Optional<String> caaRefusal = verification.identifier() instanceof DomainName name
                ? caaCheck.refusalFor(name) : Optional.empty();
        VerificationAttempt primary = caaRefusal.map(refusal -> VerificationAttempt.failed(clock.instant(), refusal, null))
                .orElseGet(() -> ownershipCheck.check(verification, tenant, clock.instant()));
        if (!primary.passed()) {
            return primary;
        }
        // BR 3.2.2.9: the primary's CAA permission and Random Value (or persistent record), corroborated before issuance.
        Corroboration corroborated = corroboration.corroborate(verification, tenant, primary.at());
        return corroborated.refusal()
                .map(cause -> VerificationAttempt.failed(primary.at(), cause, primary.observed())
                        .withPerspectives(corroborated.results()))
                .orElseGet(() -> primary.withPerspectives(corroborated.results()));
    }

    private record Checked(DomainVerification verification, VerificationAttempt attempt) {
    }
}
