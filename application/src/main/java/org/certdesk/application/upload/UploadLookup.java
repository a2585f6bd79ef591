package org.certdesk.application.upload;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.domain.upload.UploadedCertificates;

/** Loads an uploaded certificate of the actor's tenant; another tenant's reads as not found. */
final class UploadLookup {

    static final Refusal NOT_FOUND = Refusal.of("upload.notFound");

    private UploadLookup() {
    }

    static UploadedCertificate load(UploadedCertificates uploads, TenantId tenant, UploadedCertificateId id) {
        return uploads.find(tenant, id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
