package org.certdesk.application.details;

import java.time.Clock;

import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.X509Reader;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.domain.upload.UploadedCertificates;

/**
 * Use case: the details of an uploaded certificate, read from the PEM the customer uploaded.
 * Uploads belong to a customer's tenant: another tenant's reads as not found.
 */
public class ShowUploadedCertificateDetails {

    private final UploadedCertificates uploads;
    private final X509Reader x509;
    private final Transactions transactions;
    private final Clock clock;

    public ShowUploadedCertificateDetails(UploadedCertificates uploads, X509Reader x509, Transactions transactions, Clock clock) {
        this.uploads = uploads;
        this.x509 = x509;
        this.transactions = transactions;
        this.clock = clock;
    }

    public UploadedCertificateDetails show(Actor actor, UploadedCertificateId id) {
        TenantId tenant = actor.requireCustomerTenant();
        UploadedCertificate upload = transactions.inTransaction(() -> uploads.find(tenant, id))
                .orElseThrow(() -> new NotFoundException(Refusal.of("upload.notFound")));
        return new UploadedCertificateDetails(upload.id(), upload.label(), SanDisplay.of(upload.subjectAltNames()),
                x509.read(upload.certificatePem()).getFirst(), x509.read(upload.chainPem()), upload.daysLeft(clock.instant()),
                upload.uploadedAt(), upload.uploadedBy());
    }
}
