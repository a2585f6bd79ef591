package org.certdesk.application.upload;

import java.time.Clock;

import org.certdesk.application.download.KeyChoice;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.download.KeyProtection;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.domain.upload.UploadedCertificates;

/**
 * Use case: download an uploaded certificate packed for a server type, in the same formats as an
 * issued one (PEM, PKCS#12, JKS), with its key encrypted under the customer's password unless they
 * explicitly chose a clear PEM key. Audited, since the zip carries the private key.
 */
public class DownloadUploadedCertificate {

    private final UploadedCertificates uploads;
    private final CertificateBundles bundles;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public DownloadUploadedCertificate(UploadedCertificates uploads, CertificateBundles bundles, AuditLog auditLog,
                                       Transactions transactions, Clock clock) {
        this.uploads = uploads;
        this.bundles = bundles;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public CertificateBundles.Bundle download(Actor actor, UploadedCertificateId id, ServerType server, KeyChoice keyChoice) {
        TenantId tenant = actor.requireCustomerTenant();
        KeyProtection protection = keyChoice.protectionFor(server);
        return transactions.inTransaction(() -> {
            UploadedCertificate certificate = UploadLookup.load(uploads, tenant, id);
            byte[] key = uploads.privateKey(tenant, id).orElseThrow(() -> new NotFoundException(UploadLookup.NOT_FOUND));
            var bundle = bundles.bundle(new CertificateBundles.UploadedBundleRequest(certificate.certificatePem(),
                    certificate.chainPem(), server, fileStem(certificate), key, protection));
            auditLog.record(AuditEntry.of(actor, clock.instant(), tenant, null, "Uploaded certificate downloaded", null, null,
                    server.name() + ", " + protection.auditDetail() + "; " + UploadAudit.describe(certificate)));
            return bundle;
        });
    }

    /** A file name from the certificate's main name, safe on any file system. */
    static String fileStem(UploadedCertificate certificate) {
        String stem = certificate.displayName().replace("*", "_").replaceAll("[^A-Za-z0-9._-]", "_");
        return stem.isBlank() || stem.chars().allMatch(c -> c == '_' || c == '.') ? "certificate-" + certificate.id().value() : stem;
    }
}
