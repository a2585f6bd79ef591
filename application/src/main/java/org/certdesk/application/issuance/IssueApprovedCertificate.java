package org.certdesk.application.issuance;

import java.time.Clock;
import java.util.Optional;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.IssuedCertificate;

/**
 * Issues an application whose approval is recorded (ApprovedIssuances), exactly once however the
 * process dies: first the CA signs and records (key, leaf) in a transaction of its own, then a
 * second transaction marks the certificate issued with what the CA returned and closes the
 * approval. After a crash between the two, the sweep starts again at the first: the CA signs
 * idempotently per certificate and CSR, so it returns the same certificate. Both steps lock the open approval first, so two issuers (the approval and a sweep)
 * never sign for one certificate at once. Runs outside any transaction; the CA's work is not
 * third-party I/O, it is this application's own database.
 */
public class IssueApprovedCertificate {

    private final CertificateAccess access;
    private final ApprovedIssuances approvals;
    private final IssueCertificate issueCertificate;
    private final Transactions transactions;
    private final Clock clock;

    public IssueApprovedCertificate(CertificateAccess access, ApprovedIssuances approvals, IssueCertificate issueCertificate,
                                    Transactions transactions, Clock clock) {
        this.access = access;
        this.approvals = approvals;
        this.issueCertificate = issueCertificate;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the issued certificate; empty when the approval was closed already (issued meanwhile) */
    public Optional<Certificate> issue(Actor actor, CertificateId id, int round) {
        Optional<IssuedCertificate> signed = transactions.inTransaction(() -> lockedApproved(actor, id, round).map(issueCertificate::sign));
        if (signed.isEmpty()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> lockedApproved(actor, id, round).map(certificate -> {
            issueCertificate.markIssued(certificate, signed.get());
            Certificate saved = access.save(actor, certificate);
            approvals.close(id, round, clock.instant());
            return saved;
        }));
    }

    /**
     * The certificate while its approval is open and still in its round; an approval the
     * certificate has left behind (cancelled, failed, another round) is closed without issuing.
     */
    private Optional<Certificate> lockedApproved(Actor actor, CertificateId id, int round) {
        if (!approvals.lockOpen(id, round)) {
            return Optional.empty();
        }
        Certificate certificate = access.load(actor, id);
        if (certificate.status() != CertificateStatus.VERIFYING || certificate.round() != round) {
            approvals.close(id, round, clock.instant());
            return Optional.empty();
        }
        return Optional.of(certificate);
    }
}
