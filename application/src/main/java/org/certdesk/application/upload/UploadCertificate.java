package org.certdesk.application.upload;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.certdesk.application.port.CertificateUploadInspector;
import org.certdesk.application.port.CertificateUploadInspector.InspectedUpload;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificates;

/**
 * Use case: a customer uploads a certificate obtained elsewhere with its private key, for their
 * own tenant. The key must match the certificate; the same certificate is not kept twice. Audited.
 */
public class UploadCertificate {

    private final CertificateUploadInspector inspector;
    private final UploadedCertificates uploads;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public UploadCertificate(CertificateUploadInspector inspector, UploadedCertificates uploads, AuditLog auditLog,
                             Transactions transactions, Clock clock) {
        this.inspector = inspector;
        this.uploads = uploads;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(String label, String certificatePem, String privateKeyPem, char[] keyPassword) {
    }

    public UploadedCertificate upload(Actor actor, Command command) {
        TenantId tenant = actor.requireCustomerTenant();
        String label = UploadedCertificate.requireLabel(command.label());
        UploadedCertificate.requireSizes(command.certificatePem(), command.privateKeyPem(), command.keyPassword());
        InspectedUpload inspected = inspector.inspect(command.certificatePem(), command.privateKeyPem(), command.keyPassword());
        return transactions.inTransaction(() -> {
            if (uploads.findByFingerprint(tenant, inspected.sha256Fingerprint()).isPresent()) {
                throw new UploadRejectedException(UploadProblem.ALREADY_UPLOADED);
            }
            var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            UploadedCertificate saved = uploads.save(new UploadedCertificate(null, tenant, label, inspected.commonName(),
                    inspected.subjectAltNames(), inspected.issuer(), inspected.issuerName(), inspected.serialHex(), inspected.notBefore(),
                    inspected.notAfter(), inspected.sha256Fingerprint(), inspected.certificatePem(), inspected.chainPem(), now,
                    actor.username()), inspected.pkcs8PrivateKey());
            auditLog.record(AuditEntry.of(actor, now, tenant, null, "Uploaded certificate added", null, null,
                    UploadAudit.describe(saved)));
            return saved;
        });
    }
}
