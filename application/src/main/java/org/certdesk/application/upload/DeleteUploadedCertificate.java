package org.certdesk.application.upload;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.domain.upload.UploadedCertificates;

/** Use case: the customer removes one of their uploaded certificates, key and all. Audited. */
public class DeleteUploadedCertificate {

    private final UploadedCertificates uploads;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public DeleteUploadedCertificate(UploadedCertificates uploads, AuditLog auditLog, Transactions transactions, Clock clock) {
        this.uploads = uploads;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void delete(Actor actor, UploadedCertificateId id) {
        TenantId tenant = actor.requireCustomerTenant();
        transactions.inTransaction(() -> {
            UploadedCertificate certificate = UploadLookup.load(uploads, tenant, id);
            if (!uploads.delete(tenant, id)) {
                throw new NotFoundException(UploadLookup.NOT_FOUND);
            }
            auditLog.record(AuditEntry.of(actor, clock.instant(), tenant, null, "Uploaded certificate deleted", null, null,
                    UploadAudit.describe(certificate)));
        });
    }
}
